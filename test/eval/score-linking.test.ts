import { describe, expect, it } from 'vitest';
import { b3Linking, contingency, pairwiseLinking, type LinkItem } from '../../src/eval/score-linking.ts';

const items = (list: Array<[string, string]>): LinkItem[] => list.map(([gold, pred]) => ({ gold, pred }));

describe('linking', () => {
  it('scores one gold entity split over two predicted ids', () => {
    // gold A = {1,2,3,4}; predicted x = {1,2}, y = {3,4}
    const t = contingency(items([['A', 'x'], ['A', 'x'], ['A', 'y'], ['A', 'y']]));
    // gold pairs C(4,2) = 6, predicted pairs 1 + 1 = 2, both 2
    expect(pairwiseLinking(t)).toEqual({ p: 1, r: 0.3333, f1: 0.5, tp: 2, pred: 2, gold: 6 });
    // every mention: |G∩P| = 2, |P| = 2, |G| = 4 → P = 1, R = 0.5
    expect(b3Linking(t)).toEqual({ p: 1, r: 0.5, f1: 0.6667 });
  });

  it('scores two gold entities merged into one id', () => {
    const t = contingency(items([['A', 'x'], ['A', 'x'], ['B', 'x'], ['B', 'x']]));
    expect(pairwiseLinking(t)).toEqual({ p: 0.3333, r: 1, f1: 0.5, tp: 2, pred: 6, gold: 2 });
    expect(b3Linking(t)).toEqual({ p: 0.5, r: 1, f1: 0.6667 });
  });

  it('gives B-cubed 1 and pairwise 0 when every mention is its own entity on both sides', () => {
    const t = contingency(items([['A', 'x'], ['B', 'y'], ['C', 'z']]));
    expect(pairwiseLinking(t)).toEqual({ p: 0, r: 0, f1: 0, tp: 0, pred: 0, gold: 0 });
    expect(b3Linking(t)).toEqual({ p: 1, r: 1, f1: 1 });
  });

  it('does not depend on how ids or canonicals are spelled', () => {
    const a = contingency(items([['A', 'x'], ['A', 'x'], ['B', 'x'], ['C', 'y'], ['C', 'z']]));
    const b = contingency(items([['zz', '1'], ['zz', '1'], ['aa', '1'], ['mm', '0'], ['mm', '9']]));
    expect(pairwiseLinking(b)).toEqual(pairwiseLinking(a));
    expect(b3Linking(b)).toEqual(b3Linking(a));
  });

  it('gives zeros for no matched mentions', () => {
    const t = contingency([]);
    expect(b3Linking(t)).toEqual({ p: 0, r: 0, f1: 0 });
    expect(pairwiseLinking(t).f1).toBe(0);
  });
});
