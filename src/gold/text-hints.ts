/**
 * Hints for a span whose slice is not the expected text: where the text really is, or why the
 * offsets are off (code points instead of UTF-16, whitespace).
 */

/** Slice by code points (what Python, brat and many tools count). */
export function sliceCodePoints(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join('');
}

/**
 * Suggest a fix for a span whose slice differs from `expected`.
 * @param text the document text
 * @param start given start (UTF-16)
 * @param end given end (UTF-16)
 * @param expected the text the span should cover
 * @returns a sentence naming the likely fix
 */
export function spanFixHint(text: string, start: number, end: number, expected: string): string {
  if (expected !== '' && sliceCodePoints(text, start, end) === expected) {
    return 'the offsets count code points; convert them to UTF-16 code units (JavaScript string indices)';
  }
  const hits: number[] = [];
  for (let i = text.indexOf(expected); i >= 0 && expected !== ''; i = text.indexOf(expected, i + 1)) hits.push(i);
  if (hits.length === 0) return `the text ${JSON.stringify(expected)} does not occur in the document; correct "text" or the span`;
  const best = hits.reduce((a, b) => (Math.abs(b - start) < Math.abs(a - start) ? b : a));
  const delta = best - start;
  return `${JSON.stringify(expected)} occurs at ${best}–${best + expected.length} (${delta > 0 ? '+' : ''}${delta}); set start=${best}, end=${best + expected.length}`;
}
