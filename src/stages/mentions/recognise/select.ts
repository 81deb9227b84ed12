/**
 * Overlap resolution: the stated rule is highest score first, then the longer span, then the
 * leftmost, then the earlier rule; a span that overlaps one already chosen is dropped.
 */
import type { Proposal } from './types.ts';

/**
 * Choose non-overlapping proposals.
 * @param proposals all proposals, in rule order (the order breaks the last ties)
 * @returns the chosen proposals, sorted by start
 */
export function selectProposals(proposals: readonly Proposal[]): Proposal[] {
  const ranked = proposals.map((p, order) => ({ p, order })).sort((a, b) =>
    b.p.score - a.p.score || (b.p.last - b.p.first) - (a.p.last - a.p.first) || a.p.first - b.p.first || a.order - b.order);
  let size = 0;
  for (const p of proposals) if (p.last + 1 > size) size = p.last + 1;
  const used = new Uint8Array(size);
  const chosen: Proposal[] = [];
  for (const { p } of ranked) {
    let free = true;
    for (let k = p.first; k <= p.last && free; k += 1) if (used[k] === 1) free = false;
    if (!free) continue;
    for (let k = p.first; k <= p.last; k += 1) used[k] = 1;
    chosen.push(p);
  }
  return chosen.sort((a, b) => a.first - b.first);
}
