import { isDigit, isLower, isUpper, isWhitespace } from '../chars.ts';
import { skipOpeners } from '../tokens.ts';
import type { BoundaryRule, Candidate } from '../types.ts';

/**
 * Rule 7 (last, always decides): look at what follows the candidate.
 *
 * - a lower-case word continues the sentence: '?” he said', "... and then", "etc. and";
 * - a capital letter or a digit starts a new one, also after opening quotes or brackets
 *   ('“We', '(Mohajir', '[1] Media'), after an ellipsis ('... You have', '“…We') and after a
 *   dash token ('- Wire services'); so does a currency sign ("$500");
 * - anything else (a comma, '[/quote]', a dash before a lower-case word) continues the sentence;
 * - a '.' between a day and a year ("March 18. 2017", a typo for a comma) continues it.
 */
export const nextToken: BoundaryRule = {
  name: 'next-token',
  decide(c, { text, blockEnd }) {
    const first = text.charCodeAt(c.next);
    if (isLower(first)) return 'merge';
    if (isDigit(first)) return isNumberDot(text, c) ? 'merge' : 'split';
    if (isUpper(first)) return 'split';
    if (first === 36 || first === 0xa3 || first === 0x20ac) return 'split';
    const at = skipLeadToken(text, skipOpeners(text, c.next, blockEnd), blockEnd);
    if (at === c.next) return 'merge';
    if (at >= blockEnd) return 'merge';
    const code = text.charCodeAt(at);
    return isUpper(code) || isDigit(code) ? 'split' : 'merge';
  },
};

/** Dots and '…' (an ellipsis) or dashes that may stand before the first word of a sentence. */
function isLeadPunct(code: number): boolean {
  return code === 46 || code === 0x2026 || code === 45 || code === 0x2013 || code === 0x2014;
}

/**
 * Past a lead ellipsis ('...We', '… We') or a lead dash token ('- Wire'), and the whitespace
 * after it; a dash must be followed by whitespace. Returns `at` itself when there is none.
 */
function skipLeadToken(text: string, at: number, blockEnd: number): number {
  let i = at;
  let dash = false;
  while (i < blockEnd && isLeadPunct(text.charCodeAt(i))) {
    const code = text.charCodeAt(i++);
    if (code !== 46 && code !== 0x2026) dash = true;
  }
  if (i === at) return at;
  const spaced = i < blockEnd && isWhitespace(text.charCodeAt(i));
  if (dash && !spaced) return at;
  while (i < blockEnd && isWhitespace(text.charCodeAt(i))) i++;
  return i;
}

/** A year right at `at`: 4 digits starting 18, 19 or 20, not followed by another digit. */
const YEAR = /^(?:18|19|20)\d\d(?!\d)/;

/**
 * "18. 2017": a lone '.' after a one- or two-digit day, before a year. A comma typed as a dot; a
 * real sentence end before a year ("in 2005. 2006 was worse") is rarer than this typo in dates.
 */
function isNumberDot(text: string, c: Candidate): boolean {
  const p = c.punctStart;
  if (c.punctEnd - p !== 1 || c.end !== c.punctEnd || text.charCodeAt(p) !== 46) return false;
  let digits = 0;
  while (digits < 3 && isDigit(text.charCodeAt(p - 1 - digits))) digits++;
  if (digits === 0 || digits > 2 || !isWhitespace(text.charCodeAt(p - 1 - digits))) return false;
  return YEAR.test(text.slice(c.next, c.next + 5));
}
