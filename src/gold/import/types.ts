/**
 * What every importer (Label Studio, brat, doccano) turns its input into before conversion.
 */

/** A labelled span as the annotation tool gave it (offsets not yet converted). */
export interface RawSpan {
  start: number;
  end: number;
  label: string;
  /** The covered text as the tool recorded it, when it did (used to verify offsets). */
  text?: string;
  canonical?: string;
  /** Where the span is in the input, for messages (e.g. `task 3, result abc`, `T4`). */
  where: string;
}

/** One document of an import. */
export interface RawDoc {
  /** null when the input does not say (resolved by looking the text up in the corpus). */
  docId: string | null;
  text: string;
  spans: RawSpan[];
  /** Input file and position, for messages. */
  source: string;
}

/** How the tool counted offsets. */
export type OffsetUnit = 'codepoints' | 'utf16';
