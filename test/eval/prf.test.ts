import { describe, expect, it } from 'vitest';
import { b3Score, prf, round4, sumScores } from '../../src/eval/prf.ts';

describe('prf', () => {
  it('derives p, r, f1 from counts and rounds to 4 places', () => {
    expect(prf(2, 4, 5)).toEqual({ p: 0.5, r: 0.4, f1: 0.4444, tp: 2, pred: 4, gold: 5 });
    expect(prf(1, 3, 3)).toEqual({ p: 0.3333, r: 0.3333, f1: 0.3333, tp: 1, pred: 3, gold: 3 });
  });

  it('gives 0 for a zero denominator (no predictions, no gold)', () => {
    expect(prf(0, 0, 0)).toEqual({ p: 0, r: 0, f1: 0, tp: 0, pred: 0, gold: 0 });
    expect(prf(0, 0, 7)).toEqual({ p: 0, r: 0, f1: 0, tp: 0, pred: 0, gold: 7 });
  });

  it('micro-averages by summing counts, not averaging scores', () => {
    // doc A: 1/1 right; doc B: 0/3 → micro p = 1/4, not (1 + 0) / 2
    expect(sumScores([prf(1, 1, 1), prf(0, 3, 3)])).toEqual(prf(1, 4, 4));
    expect(sumScores([prf(1, 1, 1), prf(0, 3, 3)]).p).toBe(0.25);
  });

  it('computes f1 from unrounded p and r', () => {
    // p = 2/3, r = 1/3 → f1 = 4/9 = 0.4444 (from rounded 0.6667 and 0.3333 it is also 0.4444, so
    // take p = 1/7, r = 1: f1 = 2/8 = 0.25 exactly)
    expect(prf(1, 7, 1).f1).toBe(0.25);
    expect(round4(0.12345)).toBe(0.1235);
    expect(b3Score(1, 0.5)).toEqual({ p: 1, r: 0.5, f1: 0.6667 });
  });
});
