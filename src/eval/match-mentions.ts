/**
 * One-to-one matching of gold and predicted mentions inside one document.
 */

/** The fields matching looks at. */
export interface Typed {
  start: number;
  end: number;
  type: string;
}

/** A matched pair: indices into the gold and predicted arrays. */
export interface MentionPair {
  gold: number;
  pred: number;
  /** Same start and end (the type may differ when `sameType` is false). */
  exact: boolean;
}

/** Length of the intersection of two spans (0 when they do not overlap). */
export function overlap(a: Typed, b: Typed): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/**
 * Match mentions one to one.
 * @param gold gold mentions of one document
 * @param pred predicted mentions of the same document
 * @param mode `strict`: same start, end (and type) only, as conlleval counts a correct chunk.
 *   `lenient`: strict pairs first, then the remaining mentions that overlap, greedily by largest
 *   overlap (ties: smaller gold start, then smaller predicted start, then smaller gold end, then
 *   smaller predicted end, then array order), as nervaluate's "partial" match but one to one.
 * @param sameType require equal types (default true); false pairs mentions of any type
 * @returns pairs sorted by gold index; each gold and each predicted mention appears at most once
 * Note: the greedy pass gives a maximal matching (no pair can be added), which is deterministic;
 * for non-overlapping gold spans it is also maximum in nearly every real case.
 */
export function matchMentions(
  gold: readonly Typed[],
  pred: readonly Typed[],
  mode: 'strict' | 'lenient',
  sameType = true,
): MentionPair[] {
  const goldUsed = new Array<boolean>(gold.length).fill(false);
  const predUsed = new Array<boolean>(pred.length).fill(false);
  const pairs: MentionPair[] = [];
  const key = (m: Typed): string => (sameType ? `${m.start}:${m.end}:${m.type}` : `${m.start}:${m.end}`);

  const byKey = new Map<string, number[]>();
  gold.forEach((g, i) => {
    const list = byKey.get(key(g));
    if (list) list.push(i);
    else byKey.set(key(g), [i]);
  });
  for (const pi of order(pred)) {
    const gi = byKey.get(key(pred[pi]!))?.find((i) => !goldUsed[i]);
    if (gi === undefined) continue;
    goldUsed[gi] = predUsed[pi] = true;
    pairs.push({ gold: gi, pred: pi, exact: true });
  }

  if (mode === 'lenient') {
    const candidates: Array<[number, number, number]> = [];
    gold.forEach((g, gi) => {
      if (goldUsed[gi]) return;
      pred.forEach((p, pi) => {
        if (predUsed[pi] || (sameType && p.type !== g.type)) return;
        const o = overlap(g, p);
        if (o > 0) candidates.push([o, gi, pi]);
      });
    });
    candidates.sort(
      ([oa, ga, pa], [ob, gb, pb]) =>
        ob - oa ||
        gold[ga]!.start - gold[gb]!.start ||
        pred[pa]!.start - pred[pb]!.start ||
        gold[ga]!.end - gold[gb]!.end ||
        pred[pa]!.end - pred[pb]!.end ||
        ga - gb ||
        pa - pb,
    );
    for (const [, gi, pi] of candidates) {
      if (goldUsed[gi] || predUsed[pi]) continue;
      goldUsed[gi] = predUsed[pi] = true;
      const g = gold[gi]!;
      const p = pred[pi]!;
      pairs.push({ gold: gi, pred: pi, exact: g.start === p.start && g.end === p.end });
    }
  }
  return pairs.sort((a, b) => a.gold - b.gold);
}

/** Indices of `items` in (start, end, array index) order, so duplicates match the first one. */
function order(items: readonly Typed[]): number[] {
  return items.map((_, i) => i).sort((a, b) => items[a]!.start - items[b]!.start || items[a]!.end - items[b]!.end || a - b);
}
