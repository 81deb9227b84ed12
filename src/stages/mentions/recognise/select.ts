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
  const ranked: number[] = [];
  for (let i = 0; i < proposals.length; i += 1) ranked.push(i);
  ranked.sort((i, j) => {
    const a = proposals[i];
    const b = proposals[j];
    return b.score - a.score || (b.last - b.first) - (a.last - a.first) || a.first - b.first || i - j;
  });
  let size = 0;
  for (const p of proposals) if (p.last + 1 > size) size = p.last + 1;
  const used = new Uint8Array(size);
  const chosen: Proposal[] = [];
  for (const i of ranked) {
    const p = proposals[i];
    let free = true;
    for (let k = p.first; k <= p.last && free; k += 1) if (used[k] === 1) free = false;
    if (!free) continue;
    for (let k = p.first; k <= p.last; k += 1) used[k] = 1;
    chosen.push(p);
  }
  return chosen.sort((a, b) => a.first - b.first);
}
