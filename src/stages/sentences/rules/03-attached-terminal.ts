import { isLower, isUpper, isWhitespace } from '../chars.ts';
import { tokenStartBefore } from '../tokens.ts';
import type { BoundaryRule } from '../types.ts';

const URL_LIKE = /[/@]|www\.|\.(?:com|org|net)\b/i;

/**
 * Rule 3: a terminal with no space after it ("targets.The Saudi") ends a sentence only when a
 * lower-case word of two or more letters precedes it and a capitalised word (upper then lower)
 * follows, and the token is not a URL, e-mail or domain. Everything else attached ("U.S.The",
 * "Ph.D", "…We") is merged. Candidates with a space after them pass through.
 */
export const attachedTerminal: BoundaryRule = {
  name: 'attached-terminal',
  decide(c, { text, sentenceStart, blockEnd }) {
    if (!c.attached) return undefined;
    if (c.next + 1 >= blockEnd) return 'merge';
    if (!isUpper(text.charCodeAt(c.next)) || !isLower(text.charCodeAt(c.next + 1))) return 'merge';
    if (c.punctStart - 2 < sentenceStart) return 'merge';
    if (!isLower(text.charCodeAt(c.punctStart - 1)) || !isLower(text.charCodeAt(c.punctStart - 2))) {
      return 'merge';
    }
    const tokenStart = tokenStartBefore(text, c.punctStart, sentenceStart);
    let tokenEnd = c.next;
    while (tokenEnd < blockEnd && !isWhitespace(text.charCodeAt(tokenEnd))) tokenEnd++;
    return URL_LIKE.test(text.slice(tokenStart, tokenEnd)) ? 'merge' : undefined;
  },
};
