/**
 * Types of the fallback recogniser: its input, its output and the internal records (tokens, chunks,
 * proposals) that its rules pass along.
 */

/** Entity types the recogniser proposes. */
export type CandidateType = 'ORG' | 'PERSON' | 'LOC';

/** What the recogniser reads for one document. */
export interface RecogniseInput {
  /** Normalised article text: NFKC, straight quotes, NBSP → space, '\n' line ends. */
  text: string;
  /** Sentence spans `[start, end)` into `text`. */
  sentences: Array<[number, number]>;
  /** Spans already matched by the gazetteer; candidates never overlap them. */
  taken: Array<[number, number]>;
  /** The gazetteer mentions, used as context (a known place after "X,"; a known group before "leader"). */
  known?: Array<{ start: number; end: number; type: string }>;
}

/** One proposed mention of an entity the gazetteer did not know. */
export interface Candidate {
  start: number;
  end: number;
  type: CandidateType;
  /** Which rule fired, e.g. 'group-shape', 'honorific', 'title', 'context:spokesman'. */
  cue: string;
  /** Confidence, 0..1. */
  score: number;
}

/** Options of {@link createRecogniser}. */
export interface RecogniserOptions {
  /** Candidates scoring below this are dropped (default 0.5). */
  minScore?: number;
  /** Use wink-nlp part-of-speech tags as a hint (default true). */
  pos?: boolean;
  /** Only these types are returned (default all three). */
  types?: CandidateType[];
}

/** A token of the recogniser's own tokeniser. */
export interface Token {
  start: number;
  end: number;
  surface: string;
  /** 'word' (letters/digits, inner apostrophes, dotted abbreviations), 'num' or 'punct'. */
  kind: 'word' | 'num' | 'punct';
  /** First character is an upper-case letter. */
  cap: boolean;
  /** Two or more letters, all upper case (digits allowed, at least one letter), e.g. TTP, ISK, I.S. */
  upper: boolean;
  /** Index of the sentence containing the token, -1 if none. */
  sentence: number;
  /** First word token of its sentence (after opening quotes and brackets). */
  sentenceStart: boolean;
  /** The text between the previous token and this one. */
  gapBefore: string;
  /** The line is a headline: most words capitalised, no sentence punctuation. */
  headline: boolean;
  /** Overlaps a span in `taken`. */
  taken: boolean;
  /** Type of the known (gazetteer) mention covering the token, if any. */
  knownType?: string;
  /** Memoised {@link lc} of the surface (set on first use). */
  lower?: string;
  /** wink-nlp universal POS tag, when tagging is on. */
  pos?: string;
}

/** A maximal run of capitalised word tokens (with name connectors) inside one sentence and line. */
export interface Chunk {
  /** Index of the first token. */
  first: number;
  /** Index of the last token (inclusive). */
  last: number;
  /** A title or rank directly before the chunk ("Mr", "Defence Secretary"), excluded from the span. */
  title?: string;
}

/** A typed span proposed by one rule for one chunk (or for a part of it). */
export interface Proposal {
  first: number;
  last: number;
  type: CandidateType;
  cue: string;
  score: number;
  /** The chunk the proposal came from (filters look at its other words). */
  chunk?: Chunk;
}
