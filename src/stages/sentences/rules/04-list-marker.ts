import type { BoundaryRule } from '../types.ts';

/** "1.", "(2.", "a.", "iv." as the whole sentence so far. */
const LIST_MARKER = /^(?:\(?\d{1,3}|[A-Za-z]|[ivxlcdmIVXLCDM]{1,6})\.$/;

/**
 * Rule 4: a list or section marker at the start of a sentence ("1. Introduction", "a. Kabul",
 * "IV. Outlook") does not end a sentence of its own; merge it with what follows.
 */
export const listMarker: BoundaryRule = {
  name: 'list-marker',
  decide(c, { text, sentenceStart }) {
    if (c.end - sentenceStart > 8) return undefined;
    return LIST_MARKER.test(text.slice(sentenceStart, c.end)) ? 'merge' : undefined;
  },
};
