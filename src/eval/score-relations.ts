/**
 * Relation (co-occurrence) scoring. Predicted ids are first mapped to gold entities through the
 * mentions they share, so the spelling of ids and canonicals does not matter.
 */
import { prf, sumScores } from './prf.ts';
import type { LinkItem } from './score-linking.ts';
import type { Score } from './types.ts';

/** Node of a gold entity (key = gold canonical). */
export const goldNode = (canonical: string): string => `G:${canonical}`;
/** Node of a predicted id that stands for no gold entity. */
export const predNode = (id: string): string => `P:${id}`;

/**
 * Map each predicted id to the gold entity most of its strictly matched mentions belong to.
 * @param items strictly matched mentions in corpus order (doc_id, then start)
 * @returns predicted id → gold node; ids with no matched mention are absent (they stay distinct)
 * Note: ties go to the tied gold entity whose first mention shared with the id comes first in
 * corpus order, which never depends on how anything is spelled.
 */
export function mapPredictedIds(items: readonly LinkItem[]): Map<string, string> {
  const votes = new Map<string, Map<string, number>>();
  for (const { gold, pred } of items) {
    let row = votes.get(pred);
    if (!row) votes.set(pred, (row = new Map()));
    row.set(gold, (row.get(gold) ?? 0) + 1);
  }
  const out = new Map<string, string>();
  for (const [id, row] of votes) {
    let best = '';
    let bestN = 0;
    for (const [gold, n] of row) {
      if (n > bestN) {
        best = gold;
        bestN = n;
      }
    }
    out.set(id, goldNode(best));
  }
  return out;
}

/** Node a predicted id stands for after mapping. */
export function resolveId(mapping: ReadonlyMap<string, string>, id: string): string {
  return mapping.get(id) ?? predNode(id);
}

/** Key of an unordered pair of distinct nodes. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/** The two nodes of a pair key. */
export function splitPair(key: string): [string, string] {
  const i = key.indexOf('\u0000');
  return [key.slice(0, i), key.slice(i + 1)];
}

/**
 * Unordered pairs of different nodes that occur in the same sentence.
 * @param sentences for each sentence, the nodes of its mentions (repeats allowed)
 * @returns pair keys (see `pairKey`); a node never pairs with itself
 */
export function cooccurrencePairs(sentences: Iterable<Iterable<string>>): Set<string> {
  const out = new Set<string>();
  for (const nodes of sentences) {
    const list = [...new Set(nodes)].sort();
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) out.add(pairKey(list[i]!, list[j]!));
  }
  return out;
}

/** Gold and predicted pair sets of one document. */
export interface DocPairs {
  gold: ReadonlySet<string>;
  pred: ReadonlySet<string>;
}

/** Score two sets: tp = |gold ∩ pred|. */
export function scoreSets(gold: ReadonlySet<string>, pred: ReadonlySet<string>): Score {
  let tp = 0;
  for (const k of pred) if (gold.has(k)) tp += 1;
  return prf(tp, pred.size, gold.size);
}

/**
 * Relation scores.
 * @param docs pair sets per document
 * @returns `doc`: counts summed over documents (a pair counts once per document it is in);
 *   `corpus`: the union of pairs over all documents compared as two sets
 */
export function scoreRelations(docs: readonly DocPairs[]): { doc: Score; corpus: Score } {
  const gold = new Set<string>();
  const pred = new Set<string>();
  for (const d of docs) {
    for (const k of d.gold) gold.add(k);
    for (const k of d.pred) pred.add(k);
  }
  return { doc: sumScores(docs.map((d) => scoreSets(d.gold, d.pred))), corpus: scoreSets(gold, pred) };
}
