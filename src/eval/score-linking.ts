/**
 * Linking (entity clustering) scores over the strictly matched mentions, corpus-wide.
 *
 * Each strictly matched mention m has a gold entity G(m) (its gold `canonical`: gold-check makes
 * sure one canonical has one type) and a predicted cluster P(m) (its `entity_id`). Only
 * co-membership is compared, so the spelling of canonicals and ids does not matter.
 */
import { b3Score, prf } from './prf.ts';
import type { B3Score, Score } from './types.ts';

/** One strictly matched mention: its gold entity key and its predicted id. */
export interface LinkItem {
  gold: string;
  pred: string;
}

/** Counts n(g, p) of mentions with gold entity g and predicted id p. */
export interface Contingency {
  cells: Map<string, Map<string, number>>;
  goldSize: Map<string, number>;
  predSize: Map<string, number>;
  total: number;
}

/** Cross-tabulate gold entities against predicted ids. */
export function contingency(items: readonly LinkItem[]): Contingency {
  const cells = new Map<string, Map<string, number>>();
  const goldSize = new Map<string, number>();
  const predSize = new Map<string, number>();
  for (const { gold, pred } of items) {
    let row = cells.get(gold);
    if (!row) cells.set(gold, (row = new Map()));
    row.set(pred, (row.get(pred) ?? 0) + 1);
    goldSize.set(gold, (goldSize.get(gold) ?? 0) + 1);
    predSize.set(pred, (predSize.get(pred) ?? 0) + 1);
  }
  return { cells, goldSize, predSize, total: items.length };
}

const pairs = (n: number): number => (n * (n - 1)) / 2;

/**
 * Pairwise linking score.
 * @param t contingency of the matched mentions
 * @returns `pred` = pairs of mentions sharing a predicted id, `gold` = pairs sharing a gold
 *   entity, `tp` = pairs sharing both: Σ C(n(g,p), 2) against Σ_p C(|p|, 2) and Σ_g C(|g|, 2)
 * Note: with only singletons there are no pairs, and p = r = f1 = 0.
 */
export function pairwiseLinking(t: Contingency): Score {
  let tp = 0;
  for (const row of t.cells.values()) for (const n of row.values()) tp += pairs(n);
  let pred = 0;
  for (const n of t.predSize.values()) pred += pairs(n);
  let gold = 0;
  for (const n of t.goldSize.values()) gold += pairs(n);
  return prf(tp, pred, gold);
}

/**
 * B-cubed (Bagga & Baldwin 1998), every mention weighted equally.
 * @param t contingency of the matched mentions
 * @returns P = (1/N) Σ_m |G(m) ∩ P(m)| / |P(m)| and R = (1/N) Σ_m |G(m) ∩ P(m)| / |G(m)|,
 *   computed per cell as Σ n(g,p)² / |p| and Σ n(g,p)² / |g|; F1 their harmonic mean
 * Note: N = 0 gives 0 for all three.
 */
export function b3Linking(t: Contingency): B3Score {
  if (t.total === 0) return b3Score(0, 0);
  let p = 0;
  let r = 0;
  for (const [g, row] of t.cells) {
    for (const [id, n] of row) {
      p += (n * n) / t.predSize.get(id)!;
      r += (n * n) / t.goldSize.get(g)!;
    }
  }
  return b3Score(p / t.total, r / t.total);
}
