import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSentenceSplitter } from '../../../src/stages/sentences/split-sentences.ts';

/**
 * Golden fixtures: test/fixtures/sentences/<case>.txt is the input (normalised-style text) and
 * <case>.expected.txt lists the expected sentences, one per line, in order. Each case pins one
 * trap from the corpus (headlines, abbreviations, quotes, reference marks …).
 */
const dir = new URL('../../fixtures/sentences/', import.meta.url);
const cases = readdirSync(dir)
  .filter((name) => name.endsWith('.txt') && !name.endsWith('.expected.txt'))
  .map((name) => name.slice(0, -'.txt'.length))
  .sort();

describe('sentence fixtures', () => {
  const split = createSentenceSplitter();

  it('finds the fixture cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
  });

  for (const name of cases) {
    it(name, () => {
      const input = readFileSync(new URL(`${name}.txt`, dir), 'utf8');
      const expected = readFileSync(new URL(`${name}.expected.txt`, dir), 'utf8')
        .split('\n')
        .filter((line) => line !== '');
      const actual = split(input).map(([start, end]) => input.slice(start, end));
      expect(actual).toEqual(expected);
    });
  }
});
