/**
 * Precision, recall and F1 from counts (micro-averaging is summing counts before dividing).
 */
import type { B3Score, Score } from './types.ts';

/** Round to 4 decimal places (half away from zero for positive numbers). */
export function round4(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

/** Harmonic mean of p and r; 0 when both are 0. */
export function harmonic(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

/**
 * Build a score from counts: `p = tp / pred`, `r = tp / gold`, `f1 = 2pr / (p + r)`.
 * @param tp true positives (items in both sets)
 * @param pred number of predicted items
 * @param gold number of gold items
 * @returns `{p, r, f1, tp, pred, gold}` with p, r and f1 rounded to 4 places (f1 from unrounded p, r)
 * Note: a ratio with a zero denominator is 0 (conlleval's convention), so no predictions and no
 * gold gives p = r = f1 = 0.
 */
export function prf(tp: number, pred: number, gold: number): Score {
  const p = pred === 0 ? 0 : tp / pred;
  const r = gold === 0 ? 0 : tp / gold;
  return { p: round4(p), r: round4(r), f1: round4(harmonic(p, r)), tp, pred, gold };
}

/** Counts of a score, for summing. */
export interface Counts {
  tp: number;
  pred: number;
  gold: number;
}

/** Micro-average: sum the counts, then derive p, r, f1. */
export function sumScores(items: readonly Counts[]): Score {
  let tp = 0;
  let pred = 0;
  let gold = 0;
  for (const c of items) {
    tp += c.tp;
    pred += c.pred;
    gold += c.gold;
  }
  return prf(tp, pred, gold);
}

/** B-cubed score from unrounded p and r (rounded to 4 places). */
export function b3Score(p: number, r: number): B3Score {
  return { p: round4(p), r: round4(r), f1: round4(harmonic(p, r)) };
}
