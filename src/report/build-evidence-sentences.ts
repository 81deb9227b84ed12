import type { Evidence, MentionRecord, SentenceRecord } from '../types/records.ts';
import { sentenceKey } from './evidence-keys.ts';
import type { EvidenceSentence } from './types.ts';

/** Lookups the sentence builder needs. */
export interface SentenceLookups {
  sentenceByKey: ReadonlyMap<string, SentenceRecord>;
  mentionsBySentence: ReadonlyMap<string, readonly MentionRecord[]>;
  nodeIndex: ReadonlyMap<string, number>;
  docIndex: ReadonlyMap<string, number>;
}

/**
 * Where a mention sits in its sentence text.
 * @returns offsets relative to the sentence when the mention's own offsets agree with the text,
 * else the first occurrence of its surface text, else null (nothing is highlighted)
 */
export function markOffsets(s: SentenceRecord, m: MentionRecord): [number, number] | null {
  const rel = m.start - s.start;
  if (rel >= 0 && s.text.slice(rel, rel + m.text.length) === m.text) return [rel, rel + m.text.length];
  const at = m.text === '' ? -1 : s.text.indexOf(m.text);
  return at < 0 ? null : [at, at + m.text.length];
}

/**
 * Turn evidence references into sentences with highlight marks.
 * @param evidence sentences to include, already sorted and distinct
 * @param lookups sentence text, mentions per sentence, node and doc indices
 * @returns one entry per evidence item (same order) and how many were missing from sentences.jsonl
 * Note: a missing sentence is kept with empty text so references stay valid.
 */
export function buildEvidenceSentences(
  evidence: readonly Evidence[],
  lookups: SentenceLookups,
): { sentences: EvidenceSentence[]; missing: number } {
  let missing = 0;
  const sentences = evidence.map((e): EvidenceSentence => {
    const k = sentenceKey(e.doc_id, e.sentence);
    const s = lookups.sentenceByKey.get(k);
    const marks: Array<[number, number, number]> = [];
    if (!s) missing += 1;
    else {
      for (const m of lookups.mentionsBySentence.get(k) ?? []) {
        const at = markOffsets(s, m);
        const node = lookups.nodeIndex.get(m.entity_id);
        if (at && node !== undefined) marks.push([at[0], at[1], node]);
      }
      marks.sort((a, b) => a[0] - b[0] || b[1] - a[1] || a[2] - b[2]);
    }
    return { doc: lookups.docIndex.get(e.doc_id)!, index: e.sentence, text: s ? s.text : '', marks };
  });
  return { sentences, missing };
}
