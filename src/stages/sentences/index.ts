/**
 * Stage `sentences`: normalised document → sentence records (original offsets).
 * requires: DocRecord text + offset map; assigns: SentenceRecord[] (and normalised spans for the
 * next stage, kept in memory only).
 */
import type { SentenceRecord } from '../../types/records.ts';
import { spanToOriginal, type OffsetMap } from '../../text/offset-map.ts';
import { createSentenceSplitter, type SplitOptions } from './split-sentences.ts';

export interface SentenceInput {
  doc_id: string;
  original: string;
  text: string;
  map: OffsetMap;
  cruft: Array<[number, number]>;
}

export interface SentenceOutput {
  records: SentenceRecord[];
  /** Same sentences in normalised coordinates. */
  spans: Array<[number, number]>;
}

/**
 * Configure the sentence stage once.
 * @param options splitter options (validated here)
 */
export function createSentences(options: SplitOptions = {}): (doc: SentenceInput) => SentenceOutput {
  const split = createSentenceSplitter(options);
  return (doc) => {
    const spans = split(doc.text);
    const records: SentenceRecord[] = spans.map(([s, e], index) => {
      const [start, end] = spanToOriginal(doc.map, s, e);
      const rec: SentenceRecord = { doc_id: doc.doc_id, index, start, end, text: doc.original.slice(start, end) };
      if (doc.cruft.some(([cs, ce]) => cs <= s && e <= ce)) rec.cruft = true;
      return rec;
    });
    return { records, spans };
  };
}
