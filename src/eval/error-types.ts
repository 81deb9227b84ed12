/**
 * Records of the error report (one line of eval-errors.jsonl each).
 */

/** A mention as the report shows it; `id` is the gold canonical or the predicted entity_id. */
export interface MentionRef {
  start: number;
  end: number;
  text: string;
  type: string;
  id: string;
}

/** One side of a wrong link: a predicted id (split) or a gold entity (merge) and its mentions. */
export interface LinkPart {
  name: string;
  count: number;
  /** Up to three distinct surface forms. */
  examples: string[];
}

/** Where an error is: a document span, or corpus-wide (all null). */
interface Place {
  doc_id: string | null;
  start: number | null;
  end: number | null;
}

/** A mention error. `missed`: gold only; `spurious`: predicted only; `type`: overlapping spans
 * with different types; `boundary`: same type, overlapping, different span. */
export interface MentionError extends Place {
  kind: 'missed' | 'spurious' | 'type' | 'boundary';
  gold: MentionRef | null;
  pred: MentionRef | null;
  context: string | null;
}

/** `link_split`: one gold entity over several ids; `link_merge`: one id over several gold entities. */
export interface LinkError extends Place {
  kind: 'link_split' | 'link_merge';
  /** Gold canonical (split) or predicted id (merge). */
  entity: string;
  count: number;
  parts: LinkPart[];
}

/** A gold sentence end no prediction has (`sentence_missed`), or the reverse. */
export interface SentenceError extends Place {
  kind: 'sentence_missed' | 'sentence_spurious';
  /** Closest end on the other side (null when it has none). */
  nearest: number | null;
  context: string | null;
}

/** A corpus-level relation pair only in the gold, or only in the prediction. */
export interface RelationError extends Place {
  kind: 'relation_missed' | 'relation_spurious';
  pair: [string, string];
  /** Documents where the pair occurs on the side that has it. */
  docs: string[];
}

export type ErrorRecord = MentionError | LinkError | SentenceError | RelationError;
export type ErrorKind = ErrorRecord['kind'];
