/**
 * The recogniser's tokeniser: words, numbers and single punctuation marks as stand-off spans, each
 * with the text between it and the previous token, its sentence and its case.
 */
import type { Token } from './types.ts';

/** Dotted abbreviations (U.S., a.k.a.), words with inner apostrophes (Qa'eda), numbers, one mark. */
const TOKEN_RE = /(?:\p{L}\.){2,}|\p{L}[\p{L}\p{M}]*(?:['’][\p{L}\p{M}]+)*|\p{N}+(?:[.,:]\p{N}+)*|\S/gu;
const POSSESSIVE_RE = /^(.+)(['’][sS])$/su;
const UPPER_RE = /^(?=(?:.*\p{Lu}){2})[\p{Lu}\p{N}.]+$/u;

function makeToken(text: string, start: number, end: number, kind: Token['kind'], prevEnd: number): Token {
  const surface = text.slice(start, end);
  return {
    start, end, surface, kind,
    cap: kind === 'word' && /^\p{Lu}/u.test(surface),
    upper: kind === 'word' && UPPER_RE.test(surface),
    sentence: -1, sentenceStart: false, gapBefore: text.slice(prevEnd, start),
    headline: false, taken: false,
  };
}

/**
 * Cut `text` into tokens; a possessive "'s" is its own punctuation token so that it ends a name.
 * @param text the article text
 * @returns tokens in order, `text.slice(t.start, t.end) === t.surface`; sentence fields unset
 */
export function tokenise(text: string): Token[] {
  const out: Token[] = [];
  let prevEnd = 0;
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    const start = m.index;
    const raw = m[0];
    const kind: Token['kind'] = /^\p{L}/u.test(raw) ? 'word' : /^\p{N}/u.test(raw) ? 'num' : 'punct';
    const poss = kind === 'word' ? POSSESSIVE_RE.exec(raw) : null;
    if (poss) {
      const cut = start + poss[1].length;
      out.push(makeToken(text, start, cut, 'word', prevEnd));
      out.push(makeToken(text, cut, start + raw.length, 'punct', cut));
    } else {
      out.push(makeToken(text, start, start + raw.length, kind, prevEnd));
    }
    prevEnd = start + raw.length;
  }
  return out;
}

const OPENERS = new Set(['"', "'", '“', '‘', '(', '[', '{', '-', '–', '—', '•', '*', ':', '«']);

/**
 * Set `sentence` and `sentenceStart` on every token. A word is initial when it is the first word of
 * its sentence or of its line, or follows an opening quote, bracket, dash or colon there.
 * @param tokens from {@link tokenise}
 * @param sentences sentence spans, in order
 */
export function assignSentences(tokens: Token[], sentences: ReadonlyArray<readonly [number, number]>): void {
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
}
