/**
 * Fallback recogniser for PERSON, ORG and LOC names the gazetteer does not know. Rules over
 * capitalised chunks (name shapes, honorifics, titles, context words, a small lexicon), negative
 * filters (media, institutions, demonyms, headlines), then document-level consistency.
 */
import { buildChunks } from './build-chunks.ts';
import { createContext, type Context } from './context.ts';
import { defineAcronyms } from './define-acronyms.ts';
import { FILTERS } from './filters/index.ts';
import { loadLexicon } from './lexicon.ts';
import { markBlocked, markHeadlines } from './mark-lines.ts';
import { coordinate, propagateNames } from './propagate.ts';
import { RULES } from './rules/index.ts';
import { selectProposals } from './select.ts';
import { createLazyPos, createPosTagger } from './tag-pos.ts';
import { assignSentences, tokenise } from './tokenise.ts';
import type { Candidate, CandidateType, Chunk, Proposal, RecogniseInput, RecogniserOptions } from './types.ts';

export type { Candidate, CandidateType, RecogniseInput, RecogniserOptions } from './types.ts';

const ALL_TYPES: readonly CandidateType[] = ['ORG', 'PERSON', 'LOC'];

function assertOptions(options: RecogniserOptions): asserts options is RecogniserOptions {
  const { minScore, types } = options;
  if (minScore !== undefined && !(minScore >= 0 && minScore <= 1)) {
    throw new RangeError(`recogniser: minScore must be a number in 0..1, got ${String(minScore)}`);
  }
  if (types !== undefined && (!Array.isArray(types) || types.some((t) => !ALL_TYPES.includes(t)))) {
    throw new RangeError(`recogniser: types must list ORG, PERSON or LOC, got ${JSON.stringify(types)}`);
  }
}

function passes(p: Proposal, ctx: Context): boolean {
  for (const f of FILTERS) if (f.rejects(p, ctx)) return false;
  return true;
}

/** Some proposal from index `from` on covers exactly the chunk's span with at least `score`. */
function outranked(proposals: Proposal[], from: number, c: Chunk, score: number): boolean {
  for (let k = from; k < proposals.length; k += 1) {
    const q = proposals[k];
    if (q.first === c.first && q.last === c.last && q.score >= score) return true;
  }
  return false;
}

/** The proposals that pass every filter, in order. */
function passing(proposals: Proposal[], ctx: Context): Proposal[] {
  const out: Proposal[] = [];
  for (const p of proposals) if (passes(p, ctx)) out.push(p);
  return out;
}

function run(ctx: Context, chunks: Chunk[]): Proposal[] {
  const proposals: Proposal[] = [];
  for (const c of chunks) {
    const from = proposals.length;
    for (const r of RULES) {
      // an outranked rule could never be selected; skipping it spares its tests (and POS tagging)
      if (r.wholeChunkScore !== undefined && outranked(proposals, from, c, r.wholeChunkScore)) continue;
      for (const p of r.apply(c, ctx)) if (passes(p, ctx)) proposals.push(p);
    }
  }
  const first = selectProposals(proposals);
  const byLast = new Map(first.map((p) => [p.last, p.type] as const));
  const acronyms = passing(defineAcronyms(ctx, (last) => byLast.get(last)), ctx);
  const second = selectProposals([...acronyms, ...proposals]);
  const spread = passing(propagateNames(ctx, chunks, second), ctx);
  const third = selectProposals([...acronyms, ...proposals, ...spread]);
  const coordinated = passing(coordinate(ctx, chunks, third), ctx);
  return selectProposals([...acronyms, ...proposals, ...spread, ...coordinated]);
}

/**
 * Create a recogniser. Word lists and the wink-nlp model are loaded here, once.
 * @param options `minScore` (default 0.5), `pos` (wink-nlp tags, default true), `types` (default all)
 * @returns a pure function from one document to its candidates: sorted by start, not overlapping
 *   each other nor `taken`, each with the rule that fired (`cue`) and a score in 0..1
 * Note: deterministic; the same input always yields the same output.
 */
export function createRecogniser(options: RecogniserOptions = {}): (input: RecogniseInput) => Candidate[] {
  assertOptions(options);
  const minScore = options.minScore ?? 0.5;
  const types = new Set<CandidateType>(options.types ?? ALL_TYPES);
  const lex = loadLexicon();
  const tagger = options.pos === false ? undefined : createPosTagger();
  return (input) => {
    const tokens = tokenise(input.text);
    const sentences = assignSentences(tokens, input.sentences);
    markBlocked(tokens, input);
    const ctx = createContext(input.text, tokens, lex);
    // tags are read for few words: tag only the sentences they are in, on first use
    if (tagger) ctx.pos = createLazyPos(tagger, input.text, tokens, sentences);
    markHeadlines(tokens, lex);
    const chunks = buildChunks(ctx);
    return run(ctx, chunks)
      .filter((p) => p.score >= minScore && types.has(p.type))
      .map((p) => ({ start: tokens[p.first].start, end: tokens[p.last].end, type: p.type, cue: p.cue, score: p.score }));
  };
}
