/**
 * Tokens of a normalised document with everything the matchers need, computed once per document.
 */
import { acronymKey, foldToken, TRANSPARENT_KEYS } from '../../text/match-key.ts';
import { tokenise } from '../../text/tokenise.ts';

export interface DocToken {
  start: number;
  end: number;
  surface: string;
  key: string;
  acr: string;
  transparent: boolean;
  upper: boolean;
  sentence: number;
  /** Inside a web-cruft line. */
  cruft: boolean;
}

// spaces, hyphens, apostrophes; or a possessive inside a name ("Mohammed's Army")
const GAP_RE = /^(?:['’]s)?[ \-'’]{1,3}$/;

/**
 * @param text normalised text
 * @param sentences sentence spans in normalised coordinates, sorted
 * @param cruft cruft spans in normalised coordinates, sorted
 */
export function docTokens(text: string, sentences: Array<[number, number]>, cruft: Array<[number, number]>): DocToken[] {
  const out: DocToken[] = [];
  let s = 0;
  let c = 0;
  for (const t of tokenise(text)) {
    while (s < sentences.length && sentences[s]![1] <= t.start) s++;
    while (c < cruft.length && cruft[c]![1] <= t.start) c++;
    const key = foldToken(t.surface);
    const first = t.surface.codePointAt(0)!;
    const ch = String.fromCodePoint(first);
    out.push({
      start: t.start,
      end: t.end,
      surface: t.surface,
      key,
      acr: acronymKey(t.surface),
      transparent: TRANSPARENT_KEYS.has(key),
      upper: ch !== ch.toLowerCase() || /\d/.test(ch),
      sentence: s < sentences.length && sentences[s]![0] <= t.start ? s : -1,
      cruft: c < cruft.length && cruft[c]![0] <= t.start && t.end <= cruft[c]![1],
    });
  }
  return out;
}

/** May tokens a and b (a before b) belong to one name? Same sentence, only a short gap of spaces, hyphens or apostrophes. */
export function joinable(text: string, a: DocToken, b: DocToken): boolean {
  return a.sentence === b.sentence && a.sentence >= 0 && GAP_RE.test(text.slice(a.end, b.start));
}

/** Index of the first token starting at or after `pos` (binary search). */
export function firstTokenAt(tokens: DocToken[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Tokens lying inside [start, end). */
export function tokensIn(tokens: DocToken[], start: number, end: number): DocToken[] {
  const out: DocToken[] = [];
  for (let i = firstTokenAt(tokens, start); i < tokens.length && tokens[i]!.end <= end; i++) out.push(tokens[i]!);
  return out;
}
