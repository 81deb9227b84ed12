import { describe, expect, it } from 'vitest';
import { createSentenceSplitter } from '../../../src/stages/sentences/split-sentences.ts';
import { TanzeemError } from '../../../src/types/diagnostic.ts';

function sentences(text: string, options?: Parameters<typeof createSentenceSplitter>[0]): string[] {
  return createSentenceSplitter(options)(text).map(([s, e]) => text.slice(s, e));
}

describe('createSentenceSplitter', () => {
  it('returns [start, end) pairs into the text', () => {
    const text = '  He left. She stayed.\n';
    expect(createSentenceSplitter()(text)).toEqual([
      [2, 10],
      [11, 22],
    ]);
  });

  it('returns nothing for empty or whitespace-only text', () => {
    const split = createSentenceSplitter();
    expect(split('')).toEqual([]);
    expect(split(' \n\u00a0\t\r\n ')).toEqual([]);
  });

  it("ends a sentence at every line break by default ('line')", () => {
    expect(sentences('Key quote\nHe said\nno more')).toEqual(['Key quote', 'He said', 'no more']);
  });

  it("joins lines of a paragraph in 'paragraph' mode and ends it at a blank line", () => {
    const text = 'The talks were\nheld in Balad. They failed\n \nNext paragraph';
    expect(sentences(text, { lineBreaks: 'paragraph' })).toEqual([
      'The talks were\nheld in Balad.',
      'They failed',
      'Next paragraph',
    ]);
  });

  it('can be called many times with the same result (no state between calls)', () => {
    const split = createSentenceSplitter();
    const text = 'Mr. Bremer spoke. U.S. troops left. He said so.';
    const first = split(text);
    expect(split('Other text. Here.')).toHaveLength(2);
    expect(split(text)).toEqual(first);
    expect(first).toHaveLength(3);
  });

  it('rejects a non-string input with a TypeError', () => {
    const split = createSentenceSplitter() as (text: unknown) => unknown;
    expect(() => split(42)).toThrow(TypeError);
  });
});

describe('options', () => {
  it('extra abbreviations never end a sentence', () => {
    const text = 'He met Gp. Capt. Ali there.';
    expect(sentences(text)).toEqual(['He met Gp.', 'Capt. Ali there.']);
    expect(sentences(text, { abbreviations: ['Gp'] })).toEqual([text]);
  });

  it('extra final abbreviations split only before a sentence starter', () => {
    const text = 'He joined Acme Bhd. Karachi office. Later Acme Bhd. He quit.';
    expect(sentences(text, { finalAbbreviations: ['Bhd.'] })).toEqual([
      'He joined Acme Bhd. Karachi office.',
      'Later Acme Bhd.',
      'He quit.',
    ]);
  });

  it('extra sentence starters make a final abbreviation end the sentence', () => {
    const text = 'They came from the U.S. Karachi was calm.';
    expect(sentences(text)).toEqual([text]);
    expect(sentences(text, { sentenceStarters: ['Karachi'] })).toEqual([
      'They came from the U.S.',
      'Karachi was calm.',
    ]);
  });

  it('months and weekdays are abbreviations only when capitalised', () => {
    expect(sentences('They met on Sun. Karachi was calm.')).toEqual(['They met on Sun. Karachi was calm.']);
    expect(sentences('They fought under the sun. Karachi was calm.')).toEqual([
      'They fought under the sun.',
      'Karachi was calm.',
    ]);
    expect(sentences('Under the sun. Karachi was calm.', { abbreviations: ['sun'] })).toHaveLength(1);
  });

  it.each([
    [{ lineBreaks: 'sentence' }, 'lineBreaks'],
    [{ linebreaks: 'line' }, 'unknown option "linebreaks"'],
    [{ abbreviations: 'Mr' }, 'abbreviations must be an array'],
    [{ abbreviations: ['Lt Col'] }, 'abbreviations[0]'],
    [{ finalAbbreviations: [''] }, 'finalAbbreviations[0]'],
    [{ sentenceStarters: [3] }, 'sentenceStarters[0]'],
  ])('rejects bad options in the factory: %j', (options, fragment) => {
    let caught: unknown;
    try {
      createSentenceSplitter(options as never);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(TanzeemError);
    const diagnostics = (caught as TanzeemError).diagnostics;
    expect(diagnostics[0]?.code).toBe('SENTENCES_OPTIONS');
    expect(diagnostics[0]?.severity).toBe('fatal');
    expect(diagnostics.map((d) => d.message).join('\n')).toContain(fragment);
  });

  it('rejects options that are not an object', () => {
    expect(() => createSentenceSplitter(null as never)).toThrow(TanzeemError);
    expect(() => createSentenceSplitter([] as never)).toThrow(/options must be an object/);
  });
});
