import { describe, expect, it } from 'vitest';
import { splitBlocks } from '../../../../src/stages/sentences/rules/index.ts';

function blocks(text: string, mode: 'line' | 'paragraph'): string[] {
  return splitBlocks(text, mode).map(([s, e]) => text.slice(s, e));
}

describe('01 split-blocks', () => {
  it("'line': one trimmed block per non-blank line, any line break", () => {
    const text = '  Headline  \r\nby AFP\r\n\u00a0\n\tJune 30, 2005\u2028Caption\u2029Last';
    expect(blocks(text, 'line')).toEqual(['Headline', 'by AFP', 'June 30, 2005', 'Caption', 'Last']);
  });

  it("'paragraph': non-blank lines run together until a blank or whitespace-only line", () => {
    const text = 'One\ntwo\n \t\nThree\r\n\r\n\r\nFour\n';
    expect(blocks(text, 'paragraph')).toEqual(['One\ntwo', 'Three', 'Four']);
  });

  it('gives no block for empty or whitespace-only text', () => {
    expect(splitBlocks('', 'line')).toEqual([]);
    expect(splitBlocks(' \n \r\n', 'paragraph')).toEqual([]);
  });
});
