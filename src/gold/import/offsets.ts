/**
 * Code point ↔ UTF-16 offsets. Python-based tools (brat, doccano, Label Studio's backend) count code
 * points; tanzeem counts UTF-16 code units, which differ after any character outside the BMP
 * (emoji, 𝕏).
 */
import type { OffsetUnit } from './types.ts';

/**
 * Build a converter from offsets in `unit` to UTF-16 offsets of `text`.
 * @param text the document text
 * @param unit how the input counts
 * @returns a function giving the UTF-16 offset, or null when the offset is outside the text or
 *   (for UTF-16 input) falls inside a surrogate pair
 */
export function toUtf16(text: string, unit: OffsetUnit): (offset: number) => number | null {
  if (unit === 'utf16') {
    return (o) => (Number.isInteger(o) && o >= 0 && o <= text.length && !splitsPair(text, o) ? o : null);
  }
  const starts: number[] = [];
  for (let i = 0; i < text.length; i++) {
    starts.push(i);
    if (isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1))) i += 1;
  }
  starts.push(text.length);
  return (o) => (Number.isInteger(o) && o >= 0 && o < starts.length ? starts[o]! : null);
}

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

function splitsPair(text: string, o: number): boolean {
  return o > 0 && o < text.length && isHigh(text.charCodeAt(o - 1)) && isLow(text.charCodeAt(o));
}
