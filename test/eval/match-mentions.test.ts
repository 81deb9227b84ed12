import { describe, expect, it } from 'vitest';
import { matchMentions, type Typed } from '../../src/eval/match-mentions.ts';

const m = (start: number, end: number, type = 'ORG'): Typed => ({ start, end, type });

describe('matchMentions strict', () => {
  it('matches same start, end and type only', () => {
    const gold = [m(0, 10), m(20, 30, 'LOC'), m(40, 50)];
    const pred = [m(0, 10), m(20, 30, 'ORG'), m(40, 49)];
    expect(matchMentions(gold, pred, 'strict')).toEqual([{ gold: 0, pred: 0, exact: true }]);
  });

  it('uses each gold mention once: a duplicated prediction counts once', () => {
    expect(matchMentions([m(0, 10)], [m(0, 10), m(0, 10)], 'strict')).toEqual([{ gold: 0, pred: 0, exact: true }]);
  });

  it('returns nothing for empty predictions', () => {
    expect(matchMentions([m(0, 10)], [], 'strict')).toEqual([]);
    expect(matchMentions([m(0, 10)], [], 'lenient')).toEqual([]);
  });
});

describe('matchMentions lenient', () => {
  it('matches a partial overlap of the same type', () => {
    expect(matchMentions([m(0, 10)], [m(5, 15)], 'lenient')).toEqual([{ gold: 0, pred: 0, exact: false }]);
    expect(matchMentions([m(0, 10)], [m(5, 15, 'LOC')], 'lenient')).toEqual([]);
  });

  it('does not count touching spans as overlapping', () => {
    expect(matchMentions([m(0, 10)], [m(10, 15)], 'lenient')).toEqual([]);
  });

  it('takes exact matches before overlaps, even when an overlap is as large', () => {
    const pairs = matchMentions([m(0, 10)], [m(0, 12), m(0, 10)], 'lenient');
    expect(pairs).toEqual([{ gold: 0, pred: 1, exact: true }]);
  });

  it('prefers the larger overlap over the earlier start', () => {
    // P0 overlaps G0 by 1, P1 by 8 → P1, although P0 starts first
    expect(matchMentions([m(5, 15)], [m(4, 6), m(7, 15)], 'lenient')).toEqual([{ gold: 0, pred: 1, exact: false }]);
  });

  it('prefers the larger overlap across gold mentions', () => {
    // P0 overlaps G0 by 10 and G1 by 8; P1 overlaps G1 by 2 → G0-P0, G1-P1
    const gold = [m(0, 10), m(12, 20)];
    const pred = [m(0, 20), m(13, 15)];
    expect(matchMentions(gold, pred, 'lenient')).toEqual([
      { gold: 0, pred: 0, exact: false },
      { gold: 1, pred: 1, exact: false },
    ]);
  });

  it('breaks equal overlaps by gold start, then predicted start', () => {
    // one prediction overlapping two gold mentions by 2 each → the earlier gold one
    expect(matchMentions([m(0, 10), m(12, 20)], [m(8, 14)], 'lenient')).toEqual([{ gold: 0, pred: 0, exact: false }]);
    // two predictions overlapping one gold mention by 5 each → the earlier prediction
    expect(matchMentions([m(0, 10)], [m(5, 12), m(-2, 5)], 'lenient')).toEqual([{ gold: 0, pred: 1, exact: false }]);
  });

  it('pairs different types when sameType is false', () => {
    expect(matchMentions([m(0, 10, 'LOC')], [m(0, 10, 'ORG')], 'lenient', false)).toEqual([{ gold: 0, pred: 0, exact: true }]);
  });
});
