import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSentenceSplitter } from '../../../src/stages/sentences/split-sentences.ts';

/** Pieces that exercise every rule: abbreviations, quotes, marks, numbers, odd whitespace. */
const PIECES = [
  'He', 'the', 'U.S.', 'I.S.', 'Mr.', 'No.', 'L.', 'etc.', 'Al Qaeda', 'Jan.', '3.5', '2:46', '1.',
  '.', '?', '!', '...', '…', '"', "'", '“', '”', '‘', '’', '(', ')', '[13]', '[', ']', '-', '—',
  ' ', ' ', ' ', '\n', '\n\n', '\r\n', '\u00a0', '\t', 'targets.The', 'www.Dawn.com', '$5', ':',
];
const textArb = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(''));
const isSpace = (ch: string): boolean => /\s/.test(ch);

function checkInvariants(text: string, spans: Array<[number, number]>, lineMode: boolean): void {
  const covered = new Array<boolean>(text.length).fill(false);
  let previousEnd = 0;
  for (const [start, end] of spans) {
    expect(start).toBeGreaterThanOrEqual(previousEnd);
    expect(end).toBeGreaterThan(start);
    expect(end).toBeLessThanOrEqual(text.length);
    expect(isSpace(text[start]!)).toBe(false);
    expect(isSpace(text[end - 1]!)).toBe(false);
    const slice = text.slice(start, end);
    if (lineMode) expect(slice).not.toMatch(/[\n\r]/);
    else expect(slice).not.toMatch(/\n[^\S\n]*\n/);
    for (let i = start; i < end; i++) covered[i] = true;
    previousEnd = end;
  }
  // Every non-space character is in a sentence; only whitespace is left between sentences.
  for (let i = 0; i < text.length; i++) {
    if (!covered[i]) expect(isSpace(text[i]!)).toBe(true);
  }
}

describe('splitter invariants (property-based)', () => {
  it("'line' mode: sorted, disjoint, trimmed, covering, one line each", () => {
    const split = createSentenceSplitter();
    fc.assert(
      fc.property(textArb, (text) => checkInvariants(text, split(text), true)),
      { numRuns: 2000 },
    );
  });

  it("'paragraph' mode: sorted, disjoint, trimmed, covering, never across a blank line", () => {
    const split = createSentenceSplitter({ lineBreaks: 'paragraph' });
    fc.assert(
      fc.property(textArb, (text) => checkInvariants(text, split(text), false)),
      { numRuns: 2000 },
    );
  });

  it("'line' mode: a line splits the same whatever lines surround it", () => {
    const split = createSentenceSplitter();
    const prefix = 'Headline. Mr.\n';
    fc.assert(
      fc.property(textArb, (text) => {
        const alone = split(text);
        const embedded = split(`${prefix}${text}\nU.S. He left.`)
          .filter(([start]) => start >= prefix.length && start < prefix.length + text.length)
          .map(([start, end]): [number, number] => [start - prefix.length, end - prefix.length]);
        expect(embedded).toEqual(alone);
      }),
      { numRuns: 1000 },
    );
  });
});
