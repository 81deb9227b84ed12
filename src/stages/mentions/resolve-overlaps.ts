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
 * Note: occupancy is tracked per position, so the cost is linear in the total span length.
 */
export function resolveOverlaps<T extends SpanLike>(cands: T[], taken: SpanLike[] = []): T[] {
  if (cands.length === 0) return [];
  const sorted = [...cands].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || (a.cost ?? 0) - (b.cost ?? 0));
  let max = 0;
  for (const c of cands) if (c.end > max) max = c.end;
  const used = new Uint8Array(max + 1);
  const mark = (s: SpanLike): void => {
    for (let k = s.start; k < s.end && k <= max; k++) used[k] = 1;
  };
  for (const t of taken) mark(t);
  const out: T[] = [];
  outer: for (const c of sorted) {
    for (let k = c.start; k < c.end; k++) if (used[k]) continue outer;
    mark(c);
    out.push(c);
  }
  return out.sort((a, b) => a.start - b.start);
}
