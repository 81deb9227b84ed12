import type { Evidence } from '../types/records.ts';
import { compareCodeUnits } from './compare.ts';

/** Map key of one sentence: `doc_id` and index. */
export const sentenceKey = (docId: string, index: number): string => `${docId}\u0000${index}`;

/** Map key of one unordered entity pair (ids put in code-unit order). */
export function pairKey(a: string, b: string): string {
  return compareCodeUnits(a, b) <= 0 ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/** Order evidence by (doc_id in code-unit order, sentence index). */
export function compareEvidence(a: Evidence, b: Evidence): number {
  return compareCodeUnits(a.doc_id, b.doc_id) || a.sentence - b.sentence;
}

/**
 * Drop repeated evidence and sort it.
 * @returns fresh `{doc_id, sentence}` objects ordered by compareEvidence
 */
export function distinctEvidence(list: Iterable<Evidence>): Evidence[] {
  const seen = new Map<string, Evidence>();
  for (const e of list) seen.set(sentenceKey(e.doc_id, e.sentence), { doc_id: e.doc_id, sentence: e.sentence });
  return [...seen.values()].sort(compareEvidence);
}

/** Append `value` to the list under `key`, creating the list. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, ...values: V[]): void {
  const list = map.get(key);
  if (list) list.push(...values);
  else map.set(key, [...values]);
}
