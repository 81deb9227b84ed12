/**
 * Leave-one-document-out runs: for each held-out gold document, build the gazetteer without the
 * curated names only that document contains, run each rung on it, and collect the predictions.
 * The same rungs also run with the unfiltered gazetteer ("in sample") for comparison.
 */
import type { RawEntry } from '../../gazetteer/read-files.ts';
import { createProcessor } from '../../runner/process-document.ts';
import type { Recognise } from '../../stages/mentions/index.ts';
import type { Diagnostic } from '../../types/diagnostic.ts';
import type { MentionRecord, RawDoc, SentenceRecord } from '../../types/records.ts';
import type { Rung } from '../ladder.ts';
import { createRungProcessor } from '../rung-processor.ts';
import { documentKeys } from './document-keys.ts';
import { filterRecords } from './filter-records.ts';
import type { RemovedName } from './filter-gazetteer.ts';

/** Predictions of one system over the held-out documents. */
export interface Predicted {
  sentences: SentenceRecord[];
  mentions: MentionRecord[];
}

/** What `runLoo` needs. */
export interface LooInput {
  /** Seed documents: what the curated gazetteer was written from (the corpus). */
  seeds: readonly RawDoc[];
  /** doc_ids to hold out and score (the gold documents among the seeds). */
  held: ReadonlySet<string>;
  curated: RawEntry[];
  other: RawEntry[];
  readDiagnostics: Diagnostic[];
  rungs: readonly Rung[];
  recognise?: Recognise;
}

/** Result: per rung, LOO and in-sample predictions; per held-out document, what was removed. */
export interface LooResult {
  systems: Array<{ rung: Rung; loo: Predicted; inSample: Predicted }>;
  removed: Array<{ doc_id: string; names: RemovedName[]; dropped: string[] }>;
}

/**
 * @param input seeds, held-out ids, gazetteer records, rungs
 * @returns predictions in doc_id order, byte-stable
 */
export function runLoo(input: LooInput): LooResult {
  const plain = createProcessor(null, { fuzzy: false, variants: false, learn: false });
  const keys = input.seeds.map((d) => documentKeys(plain.fromRaw(d).doc.text));
  const recordsFor = (rung: Rung, curated: RawEntry[]): RawEntry[] => (rung.gazetteer === 'curated' ? curated : [...curated, ...input.other]);
  const systems = input.rungs.map((rung) => ({ rung, loo: { sentences: [], mentions: [] } as Predicted, inSample: { sentences: [], mentions: [] } as Predicted }));
  const full = systems.map((s) => createRungProcessor(s.rung, recordsFor(s.rung, input.curated), input.readDiagnostics, input.recognise).processor);
  const removed: LooResult['removed'] = [];
  input.seeds.forEach((doc, i) => {
    if (!input.held.has(doc.doc_id)) return;
    const f = filterRecords(input.curated, keys[i]!, keys.filter((_, j) => j !== i));
    removed.push({ doc_id: doc.doc_id, names: f.removed, dropped: f.dropped });
    systems.forEach((s, k) => {
      const loo = createRungProcessor(s.rung, recordsFor(s.rung, f.records), input.readDiagnostics, input.recognise).processor.fromRaw(doc);
      s.loo.sentences.push(...loo.sentences);
      s.loo.mentions.push(...loo.mentions);
      const ins = full[k]!.fromRaw(doc);
      s.inSample.sentences.push(...ins.sentences);
      s.inSample.mentions.push(...ins.mentions);
    });
  });
  return { systems, removed };
}
