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

/** Paragraph index of each sentence: a blank line between two sentences starts a new paragraph. */
export function paragraphsOf(text: string, spans: Array<[number, number]>): number[] {
  const out: number[] = [];
  let p = 0;
  for (let i = 0; i < spans.length; i++) {
    if (i > 0 && /\n[ \t]*\n/.test(text.slice(spans[i - 1]![1], spans[i]![0]))) p++;
    out.push(p);
  }
  return out;
}

/**
 * Configure the sentence stage once.
 * @param options splitter options (validated here)
 */
export function createSentences(options: SplitOptions = {}): (doc: SentenceInput) => SentenceOutput {
  const split = createSentenceSplitter(options);
  return (doc) => {
    const spans = split(doc.text);
    const paragraphs = paragraphsOf(doc.text, spans);
    const records: SentenceRecord[] = spans.map(([s, e], index) => {
      const [start, end] = spanToOriginal(doc.map, s, e);
      const rec: SentenceRecord = { doc_id: doc.doc_id, index, start, end, text: doc.original.slice(start, end), paragraph: paragraphs[index]! };
      if (doc.cruft.some(([cs, ce]) => cs <= s && e <= ce)) rec.cruft = true;
      return rec;
    });
    return { records, spans };
  };
}
