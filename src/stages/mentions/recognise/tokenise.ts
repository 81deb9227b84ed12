/**
 * The recogniser's tokeniser: words, numbers and single punctuation marks as stand-off spans, each
 * with the text between it and the previous token, its sentence and its case.
 */
import type { Token } from './types.ts';

/** Dotted abbreviations (U.S., a.k.a.), words with inner apostrophes (Qa'eda), numbers, one mark. */
const TOKEN_RE = /(?:\p{L}\.){2,}|\p{L}[\p{L}\p{M}]*(?:['’][\p{L}\p{M}]+)*|\p{N}+(?:[.,:]\p{N}+)*|\S/gu;
const UPPER_RE = /^(?=(?:.*\p{Lu}){2})[\p{Lu}\p{N}.]+$/u;

const CAP_RE = /^\p{Lu}/u;
const LETTER_RE = /^\p{L}/u;
const NUMBER_RE = /^\p{N}/u;

/** First character is an upper-case letter (ASCII fast path, same answer as `/^\p{Lu}/u`). */
function startsUpper(surface: string): boolean {
  const c = surface.charCodeAt(0);
  if (c < 0x80) return c >= 65 && c <= 90;
  return CAP_RE.test(surface);
}

function makeToken(text: string, start: number, end: number, kind: Token['kind'], prevEnd: number): Token {
  const surface = text.slice(start, end);
  const cap = kind === 'word' && startsUpper(surface);
  // UPPER_RE needs every character upper case, a digit or a dot: a word whose first letter is not
  // upper case, or whose second character is an ASCII lower-case letter, cannot match
  let upper = false;
  if (cap) {
    const c1 = surface.charCodeAt(1);
    upper = !(c1 >= 97 && c1 <= 122) && UPPER_RE.test(surface);
  }
  return {
    start, end, surface, kind,
    cap,
    upper,
    sentence: -1, sentenceStart: false, gapBefore: start === prevEnd ? '' : text.slice(prevEnd, start),
    headline: false, taken: false, lower: undefined,
  };
}

/** Kind of a raw match (ASCII fast path, same answer as the Unicode property tests). */
function kindOf(raw: string): Token['kind'] {
  const c = raw.charCodeAt(0);
  if (c < 0x80) {
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return 'word';
    if (c >= 48 && c <= 57) return 'num';
    return 'punct';
  }
  return LETTER_RE.test(raw) ? 'word' : NUMBER_RE.test(raw) ? 'num' : 'punct';
}

/** Length of the part before a final possessive "'s" / "’s" (as POSSESSIVE_RE), or -1. */
function possessiveCut(raw: string): number {
  const n = raw.length;
  if (n < 3) return -1;
  const last = raw.charCodeAt(n - 1);
  if (last !== 115 && last !== 83) return -1;
  const q = raw.charCodeAt(n - 2);
  return q === 39 || q === 0x2019 ? n - 2 : -1;
}

/**
 * Cut `text` into tokens; a possessive "'s" is its own punctuation token so that it ends a name.
 * @param text the article text
 * @returns tokens in order, `text.slice(t.start, t.end) === t.surface`; sentence fields unset
 */
export function tokenise(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let prevEnd = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    // fast paths, each giving exactly the match TOKEN_RE would give at `i`
    if (c === 32 || (c >= 9 && c <= 13)) { i += 1; continue; } // white space: no token starts here
    if (isAsciiLetter(c)) {
      let j = i + 1;
      while (j < n && isAsciiLetter(text.charCodeAt(j))) j += 1;
      const d = j < n ? text.charCodeAt(j) : -1;
      // the word ends at an ASCII character that cannot continue it (no apostrophe, and no "x." that
      // could start a dotted abbreviation); anything else goes to the regular expression
      if (d === -1 || (d < 0x80 && d !== 39 && !(d === 46 && j - i === 1))) {
        out.push(makeToken(text, i, j, 'word', prevEnd));
        prevEnd = j;
        i = j;
        continue;
      }
    } else if (c > 32 && c < 127 && !(c >= 48 && c <= 57)) { // one ASCII mark
      out.push(makeToken(text, i, i + 1, 'punct', prevEnd));
      prevEnd = i + 1;
      i += 1;
      continue;
    }
    TOKEN_RE.lastIndex = i;
    const m = TOKEN_RE.exec(text);
    if (m === null) break;
    const start = m.index;
    const raw = m[0];
    const kind = kindOf(raw);
    const possLen = kind === 'word' ? possessiveCut(raw) : -1;
    if (possLen >= 0) {
      const cut = start + possLen;
      out.push(makeToken(text, start, cut, 'word', prevEnd));
      out.push(makeToken(text, cut, start + raw.length, 'punct', cut));
    } else {
      out.push(makeToken(text, start, start + raw.length, kind, prevEnd));
    }
    prevEnd = start + raw.length;
    i = prevEnd;
  }
  return out;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

const OPENERS = new Set(['"', "'", '“', '‘', '(', '[', '{', '-', '–', '—', '•', '*', ':', '«']);

/**
 * Set `sentence` and `sentenceStart` on every token. A word is initial when it is the first word of
 * its sentence or of its line, or follows an opening quote, bracket, dash or colon there.
 * @param tokens from {@link tokenise}
 * @param sentences sentence spans, in order
 * @returns the spans sorted by start: `Token.sentence` indexes this array
 */
export function assignSentences(tokens: Token[], sentences: ReadonlyArray<readonly [number, number]>): Array<readonly [number, number]> {
  const sorted = [...sentences].sort((a, b) => a[0] - b[0]);
  let s = 0;
  let sawWord = false;
  let current = -1;
  for (const t of tokens) {
    while (s < sorted.length && sorted[s][1] <= t.start) s += 1;
    const inside = s < sorted.length && sorted[s][0] <= t.start;
    const idx = inside ? s : -1;
    if (idx !== current || t.gapBefore.includes('\n')) {
      current = idx;
      sawWord = false;
    }
    t.sentence = idx;
    if (t.kind === 'word' || t.kind === 'num') {
      t.sentenceStart = !sawWord;
      sawWord = true;
    } else if (OPENERS.has(t.surface) && (t.surface !== '-' || t.gapBefore !== '')) {
      sawWord = false;
    }
  }
  return sorted;
}
