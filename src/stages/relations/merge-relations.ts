/**
 * Merge relation files from shards (the reducer of `npm run merge`). Associative and commutative:
 * evidence lists are unioned (a {doc_id, sentence} seen twice counts once), counts recomputed.
 */
import type { RelationRecord } from '../../types/records.ts';
import { finishRelations } from './index.ts';

/**
 * @param parts relation lists from any number of partial runs (over disjoint or overlapping documents)
 * @returns one relation list, as a single run over all documents would write it
 */
export function mergeRelations(parts: RelationRecord[][]): RelationRecord[] {
  const acc = new Map<string, { source: string; target: string; source_canonical?: string; target_canonical?: string; evidence: Map<string, { doc_id: string; sentence: number }> }>();
  for (const part of parts) {
    for (const r of part) {
      const key = `${r.source}\u0000${r.target}`;
      let a = acc.get(key);
      if (!a) {
        a = { source: r.source, target: r.target, evidence: new Map() };
        acc.set(key, a);
      }
      if (r.source_canonical !== undefined && (a.source_canonical === undefined || r.source_canonical < a.source_canonical)) a.source_canonical = r.source_canonical;
      if (r.target_canonical !== undefined && (a.target_canonical === undefined || r.target_canonical < a.target_canonical)) a.target_canonical = r.target_canonical;
      for (const e of r.evidence) a.evidence.set(`${e.doc_id}\u0000${e.sentence}`, { doc_id: e.doc_id, sentence: e.sentence });
    }
  }
  return finishRelations([...acc.values()].map((a) => ({ ...a, evidence: [...a.evidence.values()] })));
}
