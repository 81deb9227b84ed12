/**
 * The per-document work of the pipeline, composed from the configured stages. Pure apart from
 * configuration: the runner (or a worker thread) feeds it documents and writes what it returns.
 */
import type { DocRecord, MentionRecord, RawDoc, SentenceRecord } from '../types/records.ts';
import type { CompiledGazetteer } from '../gazetteer/compile.ts';
import { createNormalise } from '../stages/normalise/index.ts';
import { createSentences } from '../stages/sentences/index.ts';
import { createMentions, type Recognise } from '../stages/mentions/index.ts';
import { decodeOffsets, spanFromOriginal, type OffsetMap } from '../text/offset-map.ts';
import type { SplitOptions } from '../stages/sentences/split-sentences.ts';

export interface ProcessOptions {
  fuzzy: boolean;
  variants: boolean;
  learn: boolean;
  recognise?: Recognise;
  split?: SplitOptions;
  cruft?: boolean;
}

export interface DocResult {
  doc: DocRecord;
  sentences: SentenceRecord[];
  mentions: MentionRecord[];
}

/**
 * Build the document processor.
 * @param gaz compiled gazetteer (null when the mentions stage is not run)
 */
export function createProcessor(gaz: CompiledGazetteer | null, opts: ProcessOptions) {
  const normalise = createNormalise({ cruft: opts.cruft ?? true });
  const sentences = createSentences(opts.split ?? {});
  const mentions = gaz ? createMentions(gaz, { fuzzy: opts.fuzzy, variants: opts.variants, learn: opts.learn, ...(opts.recognise ? { recognise: opts.recognise } : {}) }) : null;

  const fromNormalised = (raw: RawDoc, doc: DocRecord, map: OffsetMap, cruftNorm: Array<[number, number]>, sents?: SentenceRecord[]): DocResult => {
    let records: SentenceRecord[];
    let spans: Array<[number, number]>;
    if (sents) {
      records = sents;
      spans = sents.map((s) => spanFromOriginal(map, s.start, s.end));
    } else {
      const out = sentences({ doc_id: doc.doc_id, original: raw.original, text: doc.text, map, cruft: cruftNorm });
      records = out.records;
      spans = out.spans;
    }
    const found = mentions ? mentions({ doc_id: doc.doc_id, original: raw.original, text: doc.text, map, sentences: spans, cruft: cruftNorm }) : [];
    return { doc, sentences: records, mentions: found };
  };

  return {
    /** Every stage from the raw document. */
    fromRaw(raw: RawDoc): DocResult {
      const n = normalise(raw);
      return fromNormalised(raw, n.record, n.map, n.cruftNorm);
    },
    /** From an existing documents.jsonl record (and sentences, for `--from mentions`). */
    fromRecord(raw: RawDoc, doc: DocRecord, sents?: SentenceRecord[]): DocResult {
      const map = decodeOffsets(doc.offsets, doc.text.length, doc.chars);
      const cruftNorm = doc.cruft.map((c) => spanFromOriginal(map, c.start, c.end));
      return fromNormalised(raw, doc, map, cruftNorm, sents);
    },
  };
}
