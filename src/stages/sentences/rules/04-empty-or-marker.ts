import { isCasedLetter, isDigit } from '../chars.ts';
import type { BoundaryRule } from '../types.ts';

/** "1.", "(2.", "a.", "iv." as the whole sentence so far. */
const LIST_MARKER = /^(?:\(?\d{1,3}|[A-Za-z]|[ivxlcdmIVXLCDM]{1,6})\.$/;

/**
 * Rule 4: a sentence needs a word. Merge when the sentence so far has no letter or digit (the
 * "..." in 'action. ... You have') or is only a list or section marker ("1. Introduction",
 * "a. Kabul", "IV. Outlook").
 */
export const emptyOrMarker: BoundaryRule = {
  name: 'empty-or-marker',
  decide(c, { text, sentenceStart }) {
    let i = sentenceStart;
    while (i < c.punctStart && !isWordCode(text.charCodeAt(i))) i++;
    if (i === c.punctStart) return 'merge';
    if (c.end - sentenceStart > 8) return undefined;
    return LIST_MARKER.test(text.slice(sentenceStart, c.end)) ? 'merge' : undefined;
  },
};

function isWordCode(code: number): boolean {
  return isDigit(code) || isCasedLetter(code);
}
