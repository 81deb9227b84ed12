/**
 * Types of the scorer (src/eval). The eval.json layout is fixed by CONTRACT.md; extra keys are
 * allowed and are added after the contract keys.
 */
import type { GoldDoc, MentionRecord, SentenceRecord } from '../types/records.ts';

/** The three types the gold labels; predicted mentions of any other type are ignored. */
export const SCORED_TYPES = ['ORG', 'PERSON', 'LOC'] as const;
export type ScoredType = (typeof SCORED_TYPES)[number];

/** Whether a type is one of the scored types. */
export function isScoredType(type: string): type is ScoredType {
  return (SCORED_TYPES as readonly string[]).includes(type);
}

/** A gold mention (one item of `GoldDoc.mentions`). */
export type GoldMention = GoldDoc['mentions'][number];

/** A micro-averaged score: p, r, f1 rounded to 4 places; counts are raw. */
export interface Score {
  p: number;
  r: number;
  f1: number;
  tp: number;
  pred: number;
  gold: number;
}

/** B-cubed precision, recall and F1 (rounded to 4 places). */
export interface B3Score {
  p: number;
  r: number;
  f1: number;
}

/** The fields of a sentences.jsonl record the scorer reads. */
export type PredSentence = Pick<SentenceRecord, 'doc_id' | 'index' | 'start' | 'end'>;

/** The fields of a mentions.jsonl record the scorer reads. */
export type PredMention = Pick<MentionRecord, 'doc_id' | 'sentence' | 'start' | 'end' | 'text' | 'type' | 'entity_id'>;

/** What `scoreRun` needs: gold files and the predicted stage records of one system. */
export interface EvalInput {
  gold: GoldDoc[];
  sentences: PredSentence[];
  mentions: PredMention[];
}

/** Scores of one document (extra key `per_doc` of eval.json). */
export interface DocScore {
  doc_id: string;
  mentions: { strict: Score; lenient: Score };
  /** Null when the gold file has no sentences (not labelled yet). */
  sentences: Score | null;
  relations: Score | null;
}

/** The eval.json object: contract keys first, then extra keys. */
export interface EvalReport {
  docs: number;
  mentions: { strict: Score; lenient: Score; ORG: Score; PERSON: Score; LOC: Score };
  sentences: Score;
  linking: { pairwise: Score; b3: B3Score };
  relations: { doc: Score; corpus: Score };
  /** Lenient scores per type (the contract's per-type keys are strict). */
  lenient_by_type: Record<ScoredType, Score>;
  /** What was left out of scoring, and why. */
  skipped: {
    /** Gold documents with no predicted sentence and no predicted mention. */
    no_predictions: string[];
    /** Gold documents whose `sentences` list is empty: left out of sentence and relation scores. */
    no_gold_sentences: string[];
    /** Number of predicted documents that have no gold file. */
    predicted_docs_without_gold: number;
    /** Predicted mentions in gold documents with a type other than ORG/PERSON/LOC, per type. */
    ignored_types: Record<string, number>;
  };
  per_doc: DocScore[];
}
