/**
 * Overlap rule (spaCy's): the longest span wins; among equal lengths the leftmost; then the lower
 * edit cost. Accepted spans never overlap. Deterministic for any input order.
 */
export interface SpanLike {
  start: number;
  end: number;
  cost?: number;
}

/**
 * @param cands candidate spans (any order)
 * @param taken spans already accepted that candidates must not overlap
 * @returns accepted candidates sorted by start
 */
export function resolveOverlaps<T extends SpanLike>(cands: T[], taken: SpanLike[] = []): T[] {
  const sorted = [...cands].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || (a.cost ?? 0) - (b.cost ?? 0));
  const accepted: SpanLike[] = [...taken];
  const out: T[] = [];
  for (const c of sorted) {
    if (accepted.some((a) => a.start < c.end && c.start < a.end)) continue;
    accepted.push(c);
    out.push(c);
  }
  return out.sort((a, b) => a.start - b.start);
}
