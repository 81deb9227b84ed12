import { describe, expect, it } from 'vitest';
import { resolveOverlaps } from '../../../src/stages/mentions/resolve-overlaps.ts';

describe('resolveOverlaps: longest, then leftmost, then cheapest', () => {
  it('keeps the longest of nested spans', () => {
    expect(resolveOverlaps([{ start: 0, end: 17 }, { start: 0, end: 28 }, { start: 18, end: 28 }])).toEqual([{ start: 0, end: 28 }]);
  });
  it('among equal lengths keeps the leftmost, then the cheapest', () => {
    expect(resolveOverlaps([{ start: 2, end: 6 }, { start: 0, end: 4 }])).toEqual([{ start: 0, end: 4 }]);
    expect(resolveOverlaps([{ start: 0, end: 4, cost: 1 }, { start: 0, end: 4, cost: 0.5 }])).toEqual([{ start: 0, end: 4, cost: 0.5 }]);
  });
  it('never overlaps spans already taken, and is order-independent', () => {
    const c = [{ start: 5, end: 9 }, { start: 0, end: 3 }, { start: 2, end: 7 }];
    expect(resolveOverlaps(c, [{ start: 8, end: 10 }])).toEqual([{ start: 2, end: 7 }]);
    expect(resolveOverlaps(c, [{ start: 4, end: 5 }])).toEqual([{ start: 0, end: 3 }, { start: 5, end: 9 }]);
    expect(resolveOverlaps([...c].reverse())).toEqual(resolveOverlaps(c));
  });
});
