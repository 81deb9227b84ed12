/**
 * A document as the baseline recognisers see it: tanzeem's normalised text and sentences, with the
 * offset map that takes their spans back to the original text.
 */
import type { DocResult } from '../runner/process-document.ts';
import type { RawDoc } from '../types/records.ts';
import { decodeOffsets, spanFromOriginal, type OffsetMap } from '../text/offset-map.ts';

/** Input of a baseline recogniser (normalised coordinates). */
export interface NerDocument {
  doc_id: string;
  original: string;
  /** Normalised text (what tanzeem's stages read). */
  text: string;
  map: OffsetMap;
  /** Sentences in normalised coordinates; `index` is the sentence index of sentences.jsonl. */
  sentences: Array<{ index: number; start: number; end: number; cruft: boolean }>;
}

/**
 * Build the baseline input from a pipeline result (normalise + sentences).
 * @param raw the corpus document
 * @param result `createProcessor(null, …).fromRaw(raw)`
 */
export function toNerDocument(raw: RawDoc, result: Pick<DocResult, 'doc' | 'sentences'>): NerDocument {
  const map = decodeOffsets(result.doc.offsets, result.doc.text.length, result.doc.chars);
  return {
    doc_id: result.doc.doc_id,
    original: raw.original,
    text: result.doc.text,
    map,
    sentences: result.sentences.map((s) => {
      const [start, end] = spanFromOriginal(map, s.start, s.end);
      return { index: s.index, start, end, cruft: s.cruft === true };
    }),
  };
}
