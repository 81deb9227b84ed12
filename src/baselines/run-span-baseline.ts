/**
 * Run a span-proposing baseline (compromise, wink-exact) over a corpus and write its out folder
 * the way the pipeline does: sentences.jsonl (tanzeem's own sentences, so sentence scores are
 * the same for every system), mentions.jsonl, relations.jsonl, summary.json. Byte-deterministic.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AtomicFile, writeFileAtomic } from '../runner/atomic-write.ts';
import { toJsonLine } from '../runner/jsonl.ts';
import { createProcessor } from '../runner/process-document.ts';
import { createRelations } from '../stages/relations/index.ts';
import type { MatchMethod, RawDoc } from '../types/records.ts';
import { toNerDocument, type NerDocument } from './ner-document.ts';
import { toMentionRecords, type PlacementStats, type Proposed } from './to-mention-records.ts';

/** A baseline system: spans for one document, and how to name entities it does not link. */
export interface SpanBaseline {
  name: string;
  method: MatchMethod;
  find: (doc: NerDocument) => Proposed[];
  idFor: (type: string, surface: string) => { entityId: string; canonical: string };
}

/** What a baseline run wrote. */
export interface BaselineSummary {
  system: string;
  documents: number;
  sentences: number;
  mentions: Record<string, number>;
  relations: number;
  placement: PlacementStats;
}

/**
 * @param docs corpus documents (sorted by doc_id)
 * @param out the baseline's out folder (created)
 * @param system the baseline
 * @returns counts, also written to OUT/summary.json
 */
export function runSpanBaseline(docs: readonly RawDoc[], out: string, system: SpanBaseline): BaselineSummary {
  mkdirSync(out, { recursive: true });
  const processor = createProcessor(null, { fuzzy: false, variants: false, learn: false });
  const aggregator = createRelations({ window: 'sentence' })();
  const files = { sentences: new AtomicFile(join(out, 'sentences.jsonl')), mentions: new AtomicFile(join(out, 'mentions.jsonl')) };
  const summary: BaselineSummary = { system: system.name, documents: 0, sentences: 0, mentions: {}, relations: 0, placement: { clipped: 0, dropped: 0, overlapped: 0 } };
  try {
    for (const raw of docs) {
      const result = processor.fromRaw(raw);
      const doc = toNerDocument(raw, result);
      const { records, stats } = toMentionRecords(doc, system.find(doc), system.method, system.idFor);
      for (const s of result.sentences) files.sentences.write(toJsonLine(s));
      for (const m of records) files.mentions.write(toJsonLine(m));
      aggregator.addDocument(doc.doc_id, records, (i) => result.sentences[i]?.paragraph ?? 0);
      summary.documents++;
      summary.sentences += result.sentences.length;
      for (const m of records) summary.mentions[m.type] = (summary.mentions[m.type] ?? 0) + 1;
      summary.placement.clipped += stats.clipped;
      summary.placement.dropped += stats.dropped;
      summary.placement.overlapped += stats.overlapped;
    }
  } catch (err) {
    files.sentences.abort();
    files.mentions.abort();
    throw err;
  }
  files.sentences.commit();
  files.mentions.commit();
  const relations = aggregator.result();
  summary.relations = relations.length;
  writeFileAtomic(join(out, 'relations.jsonl'), relations.map(toJsonLine).join(''));
  writeFileAtomic(join(out, 'summary.json'), JSON.stringify(summary, null, 2) + '\n');
  return summary;
}
