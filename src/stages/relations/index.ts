/**
 * Stage `relations`: mentions → co-occurring entity pairs.
 * requires: MentionRecord {doc_id, sentence, entity_id, canonical}; assigns: RelationRecord[].
 *
 * A pair is two different entity ids with mentions in one window (a sentence by default; a
 * paragraph or the whole document on request). Mentions with an `ambiguous` outcome join no pair,
 * nor do mentions of types outside `types` (a gazetteer may define MEDIA, say, to keep outlet
 * names from being read as places or groups).
 * `sentences` counts windows, `documents` distinct documents, `evidence` lists each window once as
 * {doc_id, sentence} (the window's first sentence). Each side's canonical is the least one seen, so
 * sharded and single runs agree byte for byte. Aggregation is associative and commutative, so
 * partial results from shards merge into the same relations as one run (see merge-relations.ts).
 */
import type { Evidence, MentionRecord, RelationRecord } from '../../types/records.ts';

export type RelationWindow = 'sentence' | 'paragraph' | 'document';

export interface RelateOptions {
  window?: RelationWindow;
  /** entity types that join the network (default ORG, PERSON, LOC; a gazetteer's MEDIA does not) */
  types?: string[];
}

/** Accumulates pairs over many documents. */
export interface RelationAggregator {
  /** Add one document's mentions; `paragraphOf` maps a sentence index to its paragraph. */
  addDocument(docId: string, mentions: MentionRecord[], paragraphOf?: (sentence: number) => number): void;
  /** Relations sorted by (source, target), evidence sorted by (doc_id, sentence). */
  result(): RelationRecord[];
}

interface Acc {
  source: string;
  target: string;
  source_canonical: string;
  target_canonical: string;
  evidence: Evidence[];
}

/**
 * Configure the relation builder once.
 * @throws Error when the window is not one of sentence, paragraph, document
 */
export function createRelations(options: RelateOptions = {}): () => RelationAggregator {
  const window = options.window ?? 'sentence';
  if (!['sentence', 'paragraph', 'document'].includes(window)) {
    throw new Error(`relations: window must be sentence, paragraph or document, found "${String(window)}"`);
  }
  const types = new Set(options.types ?? ['ORG', 'PERSON', 'LOC']);
  return () => {
    const pairs = new Map<string, Acc>();
    return {
      addDocument(docId, mentions, paragraphOf) {
        const windows = new Map<number, Map<string, string>>();
        const first = new Map<number, number>();
        for (const m of mentions) {
          if (m.ambiguous || m.entity_id.startsWith('ambiguous/') || !types.has(m.type)) continue;
          const w = window === 'sentence' ? m.sentence : window === 'paragraph' ? (paragraphOf ? paragraphOf(m.sentence) : m.sentence) : 0;
          let ids = windows.get(w);
          if (!ids) {
            ids = new Map();
            windows.set(w, ids);
          }
          const prev = ids.get(m.entity_id);
          if (prev === undefined || m.canonical < prev) ids.set(m.entity_id, m.canonical);
          first.set(w, Math.min(first.get(w) ?? Infinity, m.sentence));
        }
        for (const [w, ids] of windows) {
          const sorted = [...ids.keys()].sort();
          for (let i = 0; i < sorted.length; i++) {
            for (let j = i + 1; j < sorted.length; j++) {
              const a = sorted[i]!;
              const b = sorted[j]!;
              const key = `${a}\u0000${b}`;
              let acc = pairs.get(key);
              if (!acc) {
                acc = { source: a, target: b, source_canonical: ids.get(a)!, target_canonical: ids.get(b)!, evidence: [] };
                pairs.set(key, acc);
              }
              if (ids.get(a)! < acc.source_canonical) acc.source_canonical = ids.get(a)!;
              if (ids.get(b)! < acc.target_canonical) acc.target_canonical = ids.get(b)!;
              acc.evidence.push({ doc_id: docId, sentence: first.get(w)! });
            }
          }
        }
      },
      result() {
        return finishRelations([...pairs.values()]);
      },
    };
  };
}

/** Sort evidence, count sentences and documents, sort relations: the one output form. */
export function finishRelations(accs: Array<{ source: string; target: string; source_canonical?: string; target_canonical?: string; evidence: Evidence[] }>): RelationRecord[] {
  const out: RelationRecord[] = accs.map((a) => {
    const ev = [...a.evidence].sort((x, y) => (x.doc_id < y.doc_id ? -1 : x.doc_id > y.doc_id ? 1 : x.sentence - y.sentence));
    const docs = new Set(ev.map((e) => e.doc_id));
    const rec: Partial<RelationRecord> = { source: a.source, target: a.target };
    if (a.source_canonical !== undefined) rec.source_canonical = a.source_canonical;
    if (a.target_canonical !== undefined) rec.target_canonical = a.target_canonical;
    rec.sentences = ev.length;
    rec.documents = docs.size;
    rec.evidence = ev.map((e) => ({ doc_id: e.doc_id, sentence: e.sentence }));
    return rec as RelationRecord;
  });
  return out.sort((x, y) => (x.source < y.source ? -1 : x.source > y.source ? 1 : x.target < y.target ? -1 : x.target > y.target ? 1 : 0));
}
