/**
 * Shared shapes of the sentence splitter: a boundary candidate, the verdict a rule gives on it, and
 * the compiled configuration every rule reads. Offsets are UTF-16 indices into the text given to
 * the splitter (the normalised text).
 */

/** A `[start, end)` pair: `start` inclusive, `end` exclusive. */
export type SpanPair = [number, number];

/** A run of sentence-final punctuation that might end a sentence. */
export interface Candidate {
  /** Index of the first terminal character (`.`, `?`, `!`, `…`, `؟`). */
  punctStart: number;
  /** Index just after the terminal run. */
  punctEnd: number;
  /** Where the sentence would end: after the run, closing quotes/brackets and a `[13]` mark. */
  end: number;
  /** Index of the first non-space character after `end`, or the block end when there is none. */
  next: number;
  /** True when no whitespace separates `end` from `next` ("targets.The"). */
  attached: boolean;
}

/** What a rule says about a candidate; `undefined` passes it to the next rule. */
export type Verdict = 'split' | 'merge' | undefined;

/** How an abbreviation behaves before a following word. */
export type AbbreviationKind =
  /** Never ends a sentence (Mr., Gen., e.g., vs.). */
  | 'title'
  /** Often ends a sentence (U.S., etc., Inc.): split only before a sentence starter. */
  | 'final'
  /** An abbreviation only before a number (No. 5, p. 12); otherwise an ordinary word. */
  | 'numeric';

/** Configuration compiled once by the factory and read by every rule. */
export interface CompiledConfig {
  /** 'line': every line break ends a sentence; 'paragraph': only blank lines do. */
  lineBreaks: 'line' | 'paragraph';
  /** Lower-cased abbreviation (with its final '.') → kind. */
  abbreviations: ReadonlyMap<string, AbbreviationKind>;
  /** Lower-cased abbreviations that count only when written capitalised (months, days). */
  capitalisedOnly: ReadonlySet<string>;
  /** Capitalised words that typically open a sentence (He, The, But …). */
  starters: ReadonlySet<string>;
}

/** Everything a boundary rule may look at. */
export interface RuleContext {
  text: string;
  /** Start of the block (line or paragraph) the candidate is in. */
  blockStart: number;
  /** End of that block (exclusive); rules never look past it. */
  blockEnd: number;
  /** Start of the sentence the candidate would close. */
  sentenceStart: number;
  config: CompiledConfig;
}

/** One ordered step of the boundary decision. */
export interface BoundaryRule {
  /** Kebab-case name, used in tests and docs. */
  name: string;
  decide(candidate: Candidate, ctx: RuleContext): Verdict;
}
