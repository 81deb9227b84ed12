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
 * Note: runs of printable ASCII are copied in bulk; only other characters take the slow path.
 */
export function normaliseText(original: string): NormalisedText {
  const n = original.length;
  const chunks: string[] = [];
  let cap = n + 16;
  let starts = new Int32Array(cap);
  let ends = new Int32Array(cap);
  let p = 0; // normalised length so far
  let last = '\n'; // last emitted character ('\n' at the start: no leading space)
  let pendingOs = -1; // a space waiting for the next visible character
  let pendingOe = -1;
  const grow = (need: number): void => {
    if (p + need <= cap) return;
    cap = Math.max(cap * 2, p + need + 16);
    const s2 = new Int32Array(cap);
    s2.set(starts.subarray(0, p));
    starts = s2;
    const e2 = new Int32Array(cap);
    e2.set(ends.subarray(0, p));
    ends = e2;
  };
  const flushSpace = (): void => {
    if (pendingOs < 0) return;
    grow(1);
    chunks.push(' ');
    starts[p] = pendingOs;
    ends[p] = pendingOe;
    p++;
    last = ' ';
    pendingOs = -1;
  };
  const emit = (s: string, os: number, oe: number): void => {
    flushSpace();
    grow(s.length);
    chunks.push(s);
    for (let k = 0; k < s.length; k++) {
      starts[p] = os;
      ends[p] = oe;
      p++;
    }
    last = s[s.length - 1]!;
  };
  const emitSame = (s: string, os: number): void => {
    // each unit maps to its own original unit
    flushSpace();
    grow(s.length);
    chunks.push(s);
    for (let k = 0; k < s.length; k++) {
      starts[p] = os + k;
      ends[p] = os + k + 1;
      p++;
    }
    last = s[s.length - 1]!;
  };
  const space = (os: number, oe: number): void => {
    if (last === '\n') return; // no space at a line start
    if (pendingOs < 0) {
      pendingOs = os;
      pendingOe = oe;
    } else pendingOe = oe; // a run of spaces collapses to one, mapped to the whole run
  };
  const newline = (os: number, oe: number): void => {
    pendingOs = -1; // spaces before a line break are dropped
    emit('\n', os, oe);
  };
  let i = 0;
  while (i < n) {
    // fast path: a run of printable ASCII, with single spaces between visible characters
    let j = i;
    while (j < n) {
      const c = original.charCodeAt(j);
      if (c > 0x20 && c < 0x7f) j++;
      else if (c === 0x20 && j > i && j + 1 < n && original.charCodeAt(j + 1) > 0x20 && original.charCodeAt(j + 1) < 0x7f) j++;
      else break;
    }
    if (j < n && j > i && original.charCodeAt(j) >= 0x300 && nextIsMark(original, j)) j--; // base of a combining sequence
    if (j > i) {
      emitSame(original.slice(i, j), i);
      i = j;
      continue;
    }
    const code = original.charCodeAt(i);
    const cp = original.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const ch = original.slice(i, i + width);
    if (ch === '\r') {
      const crlf = original[i + 1] === '\n';
      newline(crlf ? i + 1 : i, crlf ? i + 2 : i + 1);
      i += crlf ? 2 : 1;
    } else if (ch === '\n' || NEWLINE_RE.test(ch)) {
      newline(i, i + 1);
      i += 1;
    } else if (ch === ' ' || SPACE_RE.test(ch)) {
      space(i, i + 1);
      i += 1;
    } else if (DELETE_RE.test(ch)) {
      i += 1;
    } else if (width === 1 && code >= 0xd800 && code <= 0xdfff) {
      emit('\uFFFD', i, i + 1); // lone surrogate
      i += 1;
    } else if (CONTROL_RE.test(ch)) {
      emit('\uFFFD', i, i + 1);
      i += 1;
    } else if (QUOTES[ch] !== undefined) {
      emit(QUOTES[ch]!, i, i + 1);
      i += 1;
    } else if (DASH_RE.test(ch)) {
      emit('-', i, i + 1);
      i += 1;
    } else {
      // grapheme: base plus following combining marks
      let k = i + width;
      while (k < n && nextIsMark(original, k)) k += original.codePointAt(k)! > 0xffff ? 2 : 1;
      const cluster = original.slice(i, k);
      const norm = cluster.normalize('NFKC');
      if (norm.length === cluster.length) emitSame(norm, i);
      else emit(norm, i, k);
      i = k;
    }
  }
  return {
    text: chunks.join(''),
    map: { origStart: starts.slice(0, p), origEnd: ends.slice(0, p), origLength: n },
  };
}
