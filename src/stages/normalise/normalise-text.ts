/**
 * Character-level normalisation with an exact map back to the original.
 *
 * Steps (one pass over code points):
 *  - BOM, zero-width characters, soft hyphens and other format characters are deleted;
 *  - CRLF and lone CR become LF; NEL, LS, PS become LF;
 *  - NBSP and every other space separator, and TAB, become a plain space; runs of spaces collapse
 *    to one; spaces before a line break are dropped;
 *  - curly and angled quotes become ' or "; primes too; every dash (‐ ‑ ‒ – — ― −) becomes '-';
 *  - each remaining grapheme (base + combining marks) is NFKC-normalised: "…" → "...", "ﬁ" → "fi",
 *    full-width letters → ASCII. NFC-composed letters stay composed.
 *  - control characters (C0/C1 except TAB/LF) and lone surrogates become U+FFFD.
 */
import type { OffsetMap } from '../../text/offset-map.ts';

const QUOTES: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'", '\u02BC': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"', '\u00AB': '"', '\u00BB': '"',
  '\u2039': "'", '\u203A': "'",
};
const DASH_RE = /^[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]$/;
const DELETE_RE = /^[\uFEFF\u200B-\u200D\u2060\u00AD\u180E\u2061-\u2064\u206A-\u206F]$/;
const SPACE_RE = /^[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]$/;
const NEWLINE_RE = /^[\u0085\u2028\u2029]$/;
const CONTROL_RE = /^[\u0000-\u0008\u000B-\u001F\u007F-\u009F]$/;
const MARK_RE = /^\p{M}$/u;

function nextIsMark(s: string, j: number): boolean {
  if (j >= s.length) return false;
  const c = s.charCodeAt(j);
  return c >= 0x300 && MARK_RE.test(String.fromCodePoint(s.codePointAt(j)!));
}

export interface NormalisedText {
  text: string;
  map: OffsetMap;
}

/**
 * Normalise `original`.
 * @param original the document text as decoded from UTF-8
 * @returns normalised text and its map back to `original`
 */
export function normaliseText(original: string): NormalisedText {
  const out: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const emit = (s: string, os: number, oe: number): void => {
    for (let k = 0; k < s.length; k++) {
      out.push(s[k]!);
      starts.push(os);
      ends.push(oe);
    }
  };
  const dropTrailingSpace = (): void => {
    while (out.length > 0 && out[out.length - 1] === ' ') {
      out.pop();
      starts.pop();
      ends.pop();
    }
  };
  const n = original.length;
  let i = 0;
  while (i < n) {
    const code = original.charCodeAt(i);
    // ASCII fast path
    if (code < 0x80 && code !== 0x0d && code !== 0x09 && code !== 0x20 && code !== 0x0a && (code >= 0x20 && code !== 0x7f) && !nextIsMark(original, i + 1)) {
      out.push(original[i]!);
      starts.push(i);
      ends.push(i + 1);
      i++;
      continue;
    }
    const cp = original.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const ch = original.slice(i, i + width);
    if (ch === '\r') {
      dropTrailingSpace();
      const crlf = original[i + 1] === '\n';
      emit('\n', crlf ? i + 1 : i, crlf ? i + 2 : i + 1);
      i += crlf ? 2 : 1;
      continue;
    }
    if (ch === '\n' || NEWLINE_RE.test(ch)) {
      dropTrailingSpace();
      emit('\n', i, i + 1);
      i += 1;
      continue;
    }
    if (ch === ' ' || SPACE_RE.test(ch)) {
      if (out.length > 0 && out[out.length - 1] !== ' ' && out[out.length - 1] !== '\n') emit(' ', i, i + 1);
      else if (out.length > 0 && out[out.length - 1] === ' ') ends[ends.length - 1] = i + 1;
      i += 1;
      continue;
    }
    if (DELETE_RE.test(ch)) {
      i += 1;
      continue;
    }
    if (width === 1 && code >= 0xd800 && code <= 0xdfff) {
      emit('\uFFFD', i, i + 1); // lone surrogate
      i += 1;
      continue;
    }
    if (CONTROL_RE.test(ch)) {
      emit('\uFFFD', i, i + 1);
      i += 1;
      continue;
    }
    const q = QUOTES[ch];
    if (q !== undefined) {
      emit(q, i, i + 1);
      i += 1;
      continue;
    }
    if (DASH_RE.test(ch)) {
      emit('-', i, i + 1);
      i += 1;
      continue;
    }
    // grapheme: base plus following combining marks
    let j = i + width;
    while (j < n) {
      const c2 = original.codePointAt(j)!;
      const w2 = c2 > 0xffff ? 2 : 1;
      if (!MARK_RE.test(original.slice(j, j + w2))) break;
      j += w2;
    }
    const cluster = original.slice(i, j);
    const norm = cluster.normalize('NFKC');
    if (norm.length === cluster.length) {
      for (let k = 0; k < norm.length; k++) emit(norm[k]!, i + k, i + k + 1);
    } else {
      emit(norm, i, j);
    }
    i = j;
  }
  dropTrailingSpace();
  return {
    text: out.join(''),
    map: { origStart: Int32Array.from(starts), origEnd: Int32Array.from(ends), origLength: n },
  };
}
