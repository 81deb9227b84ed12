/**
 * Records that flow between stages and are written as JSONL (see CONTRACT.md).
 * Every span is `{start, end}`: UTF-16 code units into the ORIGINAL document text, end exclusive.
 */

/** Entity types the gold labels; a gazetteer may define others. */
export type EntityType = 'ORG' | 'PERSON' | 'LOC' | (string & {});

/** A stand-off span into the original text. */
export interface Span {
  start: number;
  end: number;
}

/** A document as read from the corpus (input of `normalise`). */
export interface RawDoc {
  doc_id: string;
  /** Original text, decoded from UTF-8, unchanged (BOM and CR kept). */
  original: string;
  sha256: string;
}

/** Output of `normalise`, one line of documents.jsonl. */
export interface DocRecord {
  doc_id: string;
  /** Length of the original text in UTF-16 units. */
  chars: number;
  sha256: string;
  /** Normalised text. */
  text: string;
  /**
   * Offset map as runs `[normPos, origStart, origEnd]`: normalised unit p (in the run starting at
   * normPos) came from original [origStart + (p - normPos), origEnd + (p - normPos)). A normalised
   * span [s, e) maps to [origStart(s), origEnd(e - 1)). See src/text/offset-map.ts.
   */
  offsets: Array<[number, number, number]>;
  /** Spans of the original text marked as web cruft (they yield no mentions). */
  cruft: Span[];
}

/** One line of sentences.jsonl. */
export interface SentenceRecord {
  doc_id: string;
  index: number;
  start: number;
  end: number;
  text: string;
  /** Paragraph index within the document (a blank line starts a new paragraph). */
  paragraph: number;
  /** True when the sentence lies inside web cruft (no mentions are taken from it). */
  cruft?: boolean;
}

/** How a mention was found. */
export type MatchMethod = 'exact' | 'variant' | 'fuzzy' | 'acronym' | 'short-form' | 'ner';

/** One line of mentions.jsonl. */
export interface MentionRecord {
  doc_id: string;
  sentence: number;
  start: number;
  end: number;
  text: string;
  type: EntityType;
  entity_id: string;
  canonical: string;
  method: MatchMethod;
  /** The gazetteer alias (or learned form) that matched. */
  alias?: string;
  /** Edit cost of a fuzzy match. */
  cost?: number;
  /** Set when context could not decide between entities; lists the candidate ids. */
  ambiguous?: string[];
}

/** Evidence of one co-occurrence. */
export interface Evidence {
  doc_id: string;
  sentence: number;
}

/** One line of relations.jsonl: an unordered entity pair, `source < target`. */
export interface RelationRecord {
  source: string;
  target: string;
  source_canonical?: string;
  target_canonical?: string;
  sentences: number;
  documents: number;
  evidence: Evidence[];
}

/** A gold file (gold/<doc_id>.json). */
export interface GoldDoc {
  doc_id: string;
  sentences: Span[];
  mentions: Array<Span & { text: string; type: EntityType; canonical: string }>;
}
