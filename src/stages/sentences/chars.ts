/**
 * Character classes the splitter tests at every position, as code-unit predicates (no regex and
 * no allocation on the hot path). Non-ASCII letters fall back to Unicode property regexes.
 */

const UPPER = /^\p{Lu}$/u;
const LOWER = /^\p{Ll}$/u;

/** Same set as the regex class `\s`: ASCII spaces, NBSP, the U+2000 block, BOM and friends. */
export function isWhitespace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0x85) return false;
  return (
    code === 0x85 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 ||
    code === 0xfeff
  );
}

/** A line break: \n, \r, U+2028, U+2029 (U+0085 too). */
export function isLineBreak(code: number): boolean {
  return code === 10 || code === 13 || code === 0x2028 || code === 0x2029 || code === 0x85;
}

/** Sentence-final punctuation: . ? ! … and the Arabic question mark ؟. */
export function isTerminal(code: number): boolean {
  return code === 46 || code === 63 || code === 33 || code === 0x2026 || code === 0x61f;
}

/**
 * Characters that close a quote or bracket right after terminal punctuation and stay with the
 * sentence: " ' ” ’ » › ) ] and U+FFFD (a closing quote lost to a bad decode, seen in the corpus).
 */
export function isCloser(code: number): boolean {
  return (
    code === 34 || code === 39 || code === 41 || code === 93 || code === 0x201d ||
    code === 0x2019 || code === 0xbb || code === 0x203a || code === 0xfffd
  );
}

/** Characters that may open a sentence before its first word: " ' “ ‘ ( [ « ‹ ¿ ¡. */
export function isOpener(code: number): boolean {
  return (
    code === 34 || code === 39 || code === 40 || code === 91 || code === 0x201c ||
    code === 0x2018 || code === 0xab || code === 0x2039 || code === 0xbf || code === 0xa1
  );
}

/** ASCII digit. */
export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Upper-case letter (any script with case). */
export function isUpper(code: number): boolean {
  if (code < 128) return code >= 65 && code <= 90;
  return UPPER.test(String.fromCharCode(code));
}

/** Lower-case letter (any script with case). */
export function isLower(code: number): boolean {
  if (code < 128) return code >= 97 && code <= 122;
  return LOWER.test(String.fromCharCode(code));
}

/** Any letter with case, upper or lower. */
export function isCasedLetter(code: number): boolean {
  return isUpper(code) || isLower(code);
}
