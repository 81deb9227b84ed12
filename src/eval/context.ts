/**
 * Short one-line excerpts of a document around a span or a position, for error reports.
 */

/** Characters of context on each side. */
export const CONTEXT_WIDTH = 40;

/** Make an excerpt fit on one line: newlines become ⏎, tabs become spaces. */
export function oneLine(s: string): string {
  return s.replace(/\r\n|\r|\n/g, '⏎').replace(/\t/g, ' ');
}

/**
 * Excerpt around a span, the span marked with ⟦ ⟧.
 * @param text original document text (undefined when not available)
 * @param start span start (UTF-16)
 * @param end span end (UTF-16, exclusive)
 * @param width characters of context on each side
 * @returns `…left⟦span⟧right…`, or null without text
 * Note: cuts never split a surrogate pair.
 */
export function spanContext(text: string | undefined, start: number, end: number, width = CONTEXT_WIDTH): string | null {
  if (text === undefined) return null;
  const from = safeCut(text, Math.max(0, start - width));
  const to = safeCut(text, Math.min(text.length, end + width));
  const s = Math.max(from, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  return (
    (from > 0 ? '…' : '') +
    oneLine(text.slice(from, s)) +
    '⟦' +
    oneLine(text.slice(s, e)) +
    '⟧' +
    oneLine(text.slice(e, to)) +
    (to < text.length ? '…' : '')
  );
}

/**
 * Excerpt around a position (a sentence boundary), the position marked with ‖.
 * @returns `…left‖right…`, or null without text
 */
export function pointContext(text: string | undefined, at: number, width = CONTEXT_WIDTH): string | null {
  if (text === undefined) return null;
  const p = Math.max(0, Math.min(at, text.length));
  const from = safeCut(text, Math.max(0, p - width));
  const to = safeCut(text, Math.min(text.length, p + width));
  return (from > 0 ? '…' : '') + oneLine(text.slice(from, p)) + '‖' + oneLine(text.slice(p, to)) + (to < text.length ? '…' : '');
}

/** Move a cut point off the low half of a surrogate pair. */
function safeCut(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return i > 0 && i < text.length && c >= 0xdc00 && c <= 0xdfff ? i - 1 : i;
}
