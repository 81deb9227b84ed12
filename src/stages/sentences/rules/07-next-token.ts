import { isDigit, isLower, isOpener, isUpper } from '../chars.ts';
import { skipOpeners } from '../tokens.ts';
import type { BoundaryRule, Candidate } from '../types.ts';

/**
 * Rule 7 (last, always decides): look at what follows the candidate.
 *
 * - a lower-case word continues the sentence: '?” he said', "... and then", "etc. and";
 * - a capital letter or a digit starts a new one, also after opening quotes or brackets
 *   ('“We', '(Mohajir', '[The'), and so does a currency sign ("$500");
 * - anything else (a dash, a comma, '...', '[/quote]') continues the sentence;
 * - a '.' between two numbers ("March 18. 2017", a typo for a comma) continues it.
 */
export const nextToken: BoundaryRule = {
  name: 'next-token',
  decide(c, { text, blockEnd }) {
    const first = text.charCodeAt(c.next);
    if (isLower(first)) return 'merge';
    if (isDigit(first)) return isNumberDot(text, c) ? 'merge' : 'split';
    if (isUpper(first)) return 'split';
    if (first === 36 || first === 0xa3 || first === 0x20ac) return 'split';
    if (!isOpener(first)) return 'merge';
    const after = skipOpeners(text, c.next, blockEnd);
    if (after >= blockEnd) return 'merge';
    const code = text.charCodeAt(after);
    return isUpper(code) || isDigit(code) ? 'split' : 'merge';
  },
};

/** A lone '.' right after a digit ("18."), with nothing absorbed after it. */
function isNumberDot(text: string, c: Candidate): boolean {
  return (
    c.punctEnd - c.punctStart === 1 && c.end === c.punctEnd && text.charCodeAt(c.punctStart) === 46 &&
    isDigit(text.charCodeAt(c.punctStart - 1))
  );
}
