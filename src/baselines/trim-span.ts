/**
 * Trim a proposed span to the annotation rules every system is scored by (ANNOTATION.md):
 * no leading "the", no possessive "'s", no surrounding quotes, brackets, punctuation or spaces.
 */

const EDGE_RE = /[\s"'“”‘’«»()[\]{}<>,.;:!?*–—-]/u;
const LEADING_THE_RE = /^the\s+/i;
const POSSESSIVE_RE = /['’ʼ]s$/i;

/**
 * Shrink `[start, end)` of `text` by the annotation trimming rules.
 * @param text the text the span indexes into
 * @returns the trimmed span, or null when nothing is left
 * Note: a dotted acronym keeps its final dot only when it has inner dots ("U.S." stays, "Quetta." loses it).
 */
export function trimSpan(text: string, start: number, end: number): [number, number] | null {
  let s = start;
  let e = end;
  for (let changed = true; changed && s < e; ) {
    changed = false;
    while (s < e && EDGE_RE.test(text[s]!)) {
      s++;
      changed = true;
    }
    while (s < e && EDGE_RE.test(text[e - 1]!) && !(text[e - 1] === '.' && /\p{L}\.\p{L}/u.test(text.slice(s, e)))) {
      e--;
      changed = true;
    }
    const lead = LEADING_THE_RE.exec(text.slice(s, e));
    if (lead && lead[0].length < e - s) {
      s += lead[0].length;
      changed = true;
    }
    if (e - s > 2 && POSSESSIVE_RE.test(text.slice(s, e))) {
      e -= 2;
      changed = true;
    }
  }
  return s < e ? [s, e] : null;
}
