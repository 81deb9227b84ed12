import { isUpper } from '../chars.ts';
import { wordAt } from '../tokens.ts';
import type { BoundaryRule } from '../types.ts';

/**
 * Rule 6: a single capital letter and '.' is an initial ("L. Paul Bremer", "George W. Bush"):
 * not a boundary, unless the next word is a sentence starter ("Malcolm X. He said").
 */
export const initial: BoundaryRule = {
  name: 'initial',
  decide(c, { text, sentenceStart, blockEnd, config }) {
    const p = c.punctStart;
    if (c.punctEnd - p !== 1 || text.charCodeAt(p) !== 46 || p - 1 < sentenceStart) return undefined;
    if (!isUpper(text.charCodeAt(p - 1))) return undefined;
    if (p - 2 >= sentenceStart && isWordChar(text.charCodeAt(p - 2))) return undefined;
    return config.starters.has(wordAt(text, c.next, blockEnd)) ? 'split' : 'merge';
  },
};

/** Anything that makes the letter part of a longer token (a letter, digit, '.', '-', apostrophe). */
function isWordChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) || code === 46 || code === 45 || code === 39 || code === 0x2019 ||
    String.fromCharCode(code).toLowerCase() !== String.fromCharCode(code).toUpperCase()
  );
}
