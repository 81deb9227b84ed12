/**
 * The shape of a recogniser rule, and helpers shared by rules.
 */
import { chunkWords, lc, parts, spanKey, type Context } from '../context.ts';
import type { CandidateType, Chunk, Proposal, Token } from '../types.ts';

/** A rule looks at one chunk (and its neighbours) and proposes typed spans. */
export interface Rule {
  /** The cue it reports, e.g. 'group-shape'. */
  name: string;
  apply(chunk: Chunk, ctx: Context): Proposal[];
  /**
   * Set when the rule proposes nothing but the chunk's whole span at this score. A proposal by an
   * earlier rule for the same span, passing the filters, with at least this score outranks it in
   * every selection (same span and score: the earlier rule wins), so the rule is then skipped.
   */
  wholeChunkScore?: number;
}

/**
 * A proposal over tokens `first..last` of `chunk`.
 * @param chunk the chunk it comes from
 * @param type entity type
 * @param cue rule name (and detail)
 * @param score confidence 0..1
 * @param first first token index (default the chunk's)
 * @param last last token index (default the chunk's)
 */
export function propose(chunk: Chunk, type: CandidateType, cue: string, score: number,
  first = chunk.first, last = chunk.last): Proposal {
  return { first, last, type, cue, score, chunk };
}

/** True when some hyphen part of some word of the chunk is a group-name morpheme (Lashkar, Tehrik...). */
export function hasGroupMorpheme(words: Token[], ctx: Context): boolean {
  for (const t of words) {
    for (const p of parts(t)) if (ctx.lex.groupPrefixes.has(p.includes('’') ? p.replace(/['’]/g, "'") : p)) return true;
  }
  return false;
}

const keyOfChunk = new WeakMap<Chunk, string>();
const NEEDS_SPACING_RE = /[-‐]|\s\s|[^\S ]/u;

/** The chunk text lower-cased, with hyphens and runs of spaces as one space; computed once per chunk. */
export function chunkKey(chunk: Chunk, ctx: Context): string {
  const span = spanKey(chunk.first, chunk.last);
  const memo = span >= 0 ? ctx.spanKeys : undefined;
  let key = memo ? memo.get(span) : keyOfChunk.get(chunk);
  if (key === undefined) {
    key = ctx.text.slice(ctx.tokens[chunk.first].start, ctx.tokens[chunk.last].end).toLowerCase();
    // the replacement changes nothing unless there is a hyphen, a white-space run or a non-space blank
    if (NEEDS_SPACING_RE.test(key)) key = key.replace(/[-‐\s]+/gu, ' ');
    if (key.endsWith('.')) key = key.slice(0, -1);
    if (memo) memo.set(span, key);
    else keyOfChunk.set(chunk, key);
  }
  return key;
}

/** True when the chunk is a known country or place in the lexicon. */
export function isLexiconPlace(chunk: Chunk, ctx: Context): boolean {
  const key = chunkKey(chunk, ctx);
  return ctx.lex.countries.has(key) || ctx.lex.places.has(key);
}

/**
 * True when each word looks like a personal name: capitalised, not common, not a known place or org
 * word. A demonym or sect may end a name ("Nasir Baloch") but not start it ("Sunni Arabs").
 */
export function nameLike(words: Token[], ctx: Context): boolean {
  const { lex } = ctx;
  return words.every((t, i) => {
    const w = lc(t);
    if (!t.cap || t.upper) return lex.articleParticles.has(t.surface) || lex.particles.has(t.surface) || lex.connectors.has(t.surface);
    return !lex.closedClass.has(w) && !lex.generic.has(w) && !lex.institutionHeads.has(w) && !lex.mediaWords.has(w)
      && (i > 0 || (!lex.demonyms.has(w) && !lex.sects.has(w))) && !lex.calendar.has(w) && !lex.countries.has(w)
      && !lex.orgHeads.has(w) && !lex.weakOrgHeads.has(w) && !lex.placeSuffixes.has(w) && !lex.titles.has(w);
  });
}

export { chunkWords };
