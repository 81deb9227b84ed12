import { isLineBreak, isWhitespace } from '../chars.ts';
import type { SpanPair } from '../types.ts';

/**
 * Rule 1: cut the text into blocks that no sentence crosses, trimmed of surrounding whitespace.
 *
 * In 'line' mode each non-blank line is a block: a headline, byline, dateline, caption or list
 * item on its own line is its own sentence without final punctuation. In 'paragraph' mode a block
 * is a run of non-blank lines, ended by a blank (or whitespace-only) line.
 * @param text the normalised document text
 * @param lineBreaks 'line' or 'paragraph'
 * @returns `[start, end)` blocks in text order; start and end-1 are never whitespace
 * Note: \r\n, \r, U+2028, U+2029 and U+0085 all count as line breaks; whitespace-only stretches
 * belong to no block.
 */
export function splitBlocks(text: string, lineBreaks: 'line' | 'paragraph'): SpanPair[] {
  const blocks: SpanPair[] = [];
  const n = text.length;
  let paraStart = -1;
  let paraEnd = -1;
  let i = 0;
  while (i < n) {
    // One line: [i, lineEnd); trimmed to [s, e).
    let lineEnd = i;
    while (lineEnd < n && !isLineBreak(text.charCodeAt(lineEnd))) lineEnd++;
    let s = i;
    while (s < lineEnd && isWhitespace(text.charCodeAt(s))) s++;
    let e = lineEnd;
    while (e > s && isWhitespace(text.charCodeAt(e - 1))) e--;
    if (s < e) {
      if (lineBreaks === 'line') {
        blocks.push([s, e]);
      } else {
        if (paraStart < 0) paraStart = s;
        paraEnd = e;
      }
    } else if (paraStart >= 0) {
      blocks.push([paraStart, paraEnd]);
      paraStart = -1;
    }
    i = lineEnd + 1;
  }
  if (paraStart >= 0) blocks.push([paraStart, paraEnd]);
  return blocks;
}
