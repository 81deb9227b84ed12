/**
 * Sentence-boundary scoring: a predicted sentence is correct when its `end` equals the `end` of a
 * gold sentence of the same document (CONTRACT.md).
 */
import type { Span } from '../types/records.ts';
import { prf } from './prf.ts';
import type { Score } from './types.ts';

/** Boundary comparison of one document. */
export interface SentenceDiff {
  score: Score;
  /** Gold sentences whose end no predicted sentence has. */
  missed: Span[];
  /** Predicted sentences whose end no gold sentence has. */
  spurious: Span[];
}

/**
 * Compare predicted and gold sentence ends of one document.
 * @param gold gold sentence spans
 * @param pred predicted sentence spans
 * @returns counts (`tp` = predicted sentences whose end matches a not yet used gold end, so
 *   duplicated predicted ends count once) and the unmatched sentences, in text order
 */
export function scoreSentences(gold: readonly Span[], pred: readonly Span[]): SentenceDiff {
  const open = new Map<number, number>();
  for (const g of gold) open.set(g.end, (open.get(g.end) ?? 0) + 1);
  const spurious: Span[] = [];
  let tp = 0;
  for (const p of [...pred].sort(bySpan)) {
    const left = open.get(p.end) ?? 0;
    if (left > 0) {
      open.set(p.end, left - 1);
      tp += 1;
    } else spurious.push({ start: p.start, end: p.end });
  }
  const missed: Span[] = [];
  for (const g of [...gold].sort(bySpan)) {
    const left = open.get(g.end) ?? 0;
    if (left > 0) {
      open.set(g.end, left - 1);
      missed.push({ start: g.start, end: g.end });
    }
  }
  return { score: prf(tp, pred.length, gold.length), missed, spurious };
}

function bySpan(a: Span, b: Span): number {
  return a.start - b.start || a.end - b.end;
}
