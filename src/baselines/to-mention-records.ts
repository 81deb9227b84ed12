/**
 * Turn spans a baseline recogniser proposes (normalised coordinates) into contract-valid
 * mentions.jsonl records: trimmed, placed in one sentence, overlaps resolved, mapped back to the
 * original text, sorted.
 */
import type { MatchMethod, MentionRecord } from '../types/records.ts';
import { spanToOriginal } from '../text/offset-map.ts';
import type { NerDocument } from './ner-document.ts';
import { trimSpan } from './trim-span.ts';

/** A span a baseline proposes. */
export interface Proposed {
  start: number;
  end: number;
  type: string;
  /** Entity id and canonical; called with the trimmed surface when not given. */
  entityId?: string;
  canonical?: string;
}

/** What `toMentionRecords` did besides emitting records. */
export interface PlacementStats {
  /** Spans that crossed a sentence end and were cut at it. */
  clipped: number;
  /** Spans dropped: empty after trimming, outside every sentence, or in web cruft. */
  dropped: number;
  /** Spans dropped because a longer (or earlier) one overlapped them. */
  overlapped: number;
}

/**
 * @param doc the document the spans index into (normalised text)
 * @param proposed spans from a recogniser, in any order
 * @param method the `method` field of every record
 * @param idFor entity id and canonical for a span with none, from its type and trimmed surface
 * @returns records sorted by (start, -length, entity_id) with `original.slice(start, end) === text`
 * Note: a span is placed in the sentence holding its start and cut at that sentence's end; spans in
 * cruft sentences are dropped (tanzeem takes no mentions from web cruft, so neither do baselines).
 */
export function toMentionRecords(doc: NerDocument, proposed: readonly Proposed[], method: MatchMethod, idFor: (type: string, surface: string) => { entityId: string; canonical: string }): { records: MentionRecord[]; stats: PlacementStats } {
  const stats: PlacementStats = { clipped: 0, dropped: 0, overlapped: 0 };
  const placed: Array<Proposed & { sentence: number }> = [];
  for (const p of proposed) {
    const sent = doc.sentences.find((s) => s.start <= p.start && p.start < s.end);
    if (!sent || sent.cruft) {
      stats.dropped++;
      continue;
    }
    if (p.end > sent.end) stats.clipped++;
    const span = trimSpan(doc.text, p.start, Math.min(p.end, sent.end));
    if (!span) {
      stats.dropped++;
      continue;
    }
    placed.push({ ...p, start: span[0], end: span[1], sentence: sent.index });
  }
  placed.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0));
  const kept: typeof placed = [];
  for (const p of placed) {
    if (kept.some((k) => k.start < p.end && p.start < k.end)) stats.overlapped++;
    else kept.push(p);
  }
  const records = kept.map((p): MentionRecord => {
    const [start, end] = spanToOriginal(doc.map, p.start, p.end);
    const surface = doc.original.slice(start, end);
    const id = p.entityId !== undefined ? { entityId: p.entityId, canonical: p.canonical ?? surface } : idFor(p.type, surface);
    return { doc_id: doc.doc_id, sentence: p.sentence, start, end, text: surface, type: p.type, entity_id: id.entityId, canonical: id.canonical, method };
  });
  records.sort((a, b) => a.start - b.start || b.end - a.end || (a.entity_id < b.entity_id ? -1 : a.entity_id > b.entity_id ? 1 : 0));
  return { records, stats };
}
