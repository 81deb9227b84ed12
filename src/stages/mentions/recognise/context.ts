/**
 * The per-document context that rules and filters read: tokens, lexicon, and small word tests.
 */
import type { Lexicon } from './lexicon.ts';
import type { Chunk, Token } from './types.ts';

/** Everything a rule may look at for one document. Read-only for rules. */
export interface Context {
  text: string;
  tokens: Token[];
  lex: Lexicon;
  /** Lower-cased words that occur in lower case somewhere in the document. */
  lowerSeen: Set<string>;
  /**
   * Lazy part-of-speech lookup (tags the token's sentence on first use); when absent, the tags are
   * whatever `Token.pos` holds.
   */
  pos?: (t: Token) => string | undefined;
  /** Per-span memo of {@link chunkWords} (key: {@link spanKey}). */
  spanWords?: Map<number, Token[]>;
  /** Per-span memo of the rules' chunk key (key: {@link spanKey}). */
  spanKeys?: Map<number, string>;
}

/** Longest span (in tokens) memoised by {@link spanKey}; longer ones fall back to per-chunk memos. */
const SPAN_KEY_LIMIT = 1048576;

/** A number naming the token span `first..last`, or -1 when the span is too long to memoise by key. */
export function spanKey(first: number, last: number): number {
  const width = last - first;
  return width >= 0 && width < SPAN_KEY_LIMIT && first >= 0 ? first * SPAN_KEY_LIMIT + width : -1;
}

/**
 * Build the context of one document.
 * @param text the article text
 * @param tokens its tokens (already marked)
 * @param lex the lexicon
 */
export function createContext(text: string, tokens: Token[], lex: Lexicon): Context {
  const lowerSeen = new Set<string>();
  for (const t of tokens) if (t.kind === 'word' && !t.cap && !t.upper) lowerSeen.add(t.surface);
  return { text, tokens, lex, lowerSeen, spanWords: new Map(), spanKeys: new Map() };
}

/** Lower-cased surface of a token, without a final full stop. */
export function lc(t: Token): string {
  let w = t.lower;
  if (w === undefined) {
    w = t.surface.toLowerCase();
    if (w.endsWith('.')) w = w.slice(0, -1);
    t.lower = w;
  }
  return w;
}

/** The wink-nlp tag of a token: from the context's lazy tagger when there is one, else `t.pos`. */
export function posOf(t: Token, ctx: Context): string | undefined {
  return ctx.pos ? ctx.pos(t) : t.pos;
}

/** The hyphen-separated parts of a word or of a run of tokens, lower-cased. */
export function parts(t: Token): string[] {
  const w = lc(t);
  if (!w.includes('-') && !w.includes('‐')) return w.length > 0 ? [w] : [];
  return w.split(/[-‐]/u).filter((p) => p.length > 0);
}

/**
 * A common English word here: a closed-class word, a common word of the lexicon (or the plural of
 * one), or a word that the document itself also writes in lower case. Short acronyms ("US") are not.
 * @param t a word token
 * @param ctx the document context
 */
export function isCommon(t: Token, ctx: Context): boolean {
  if (t.upper && t.surface.replace(/\./g, '').length <= 4) return false;
  const w = lc(t);
  const { lex } = ctx;
  if (lex.closedClass.has(w) || lex.commonWords.has(w) || ctx.lowerSeen.has(w) || lex.generic.has(w)) return true;
  const singular = w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.endsWith('s') ? w.slice(0, -1) : undefined;
  return singular !== undefined && (lex.commonWords.has(singular) || ctx.lowerSeen.has(singular));
}

/** True when the token carries meaning for some rule (an org morpheme, honorific, title, compass word...). */
export function isMeaningful(t: Token, ctx: Context): boolean {
  const w = lc(t);
  const { lex } = ctx;
  return lex.orgAdjectives.has(w) || lex.orgHeads.has(w) || lex.weakOrgHeads.has(w) || lex.honorifics.has(w)
    || lex.particles.has(w) || lex.titles.has(w) || lex.compass.has(w) || lex.prophetNames.has(w)
    || parts(t).some((p) => lex.groupPrefixes.has(p));
}

const wordsOfChunk = new WeakMap<Chunk, Token[]>();

/** Word tokens of a chunk (no hyphens or dots); computed once per chunk span. */
export function chunkWords(chunk: Chunk, ctx: Context): Token[] {
  const key = spanKey(chunk.first, chunk.last);
  const memo = key >= 0 ? ctx.spanWords : undefined;
  let words = memo ? memo.get(key) : wordsOfChunk.get(chunk);
  if (!words) {
    words = [];
    for (let k = Math.max(chunk.first, 0); k <= chunk.last && k < ctx.tokens.length; k += 1) if (ctx.tokens[k].kind === 'word') words.push(ctx.tokens[k]);
    if (memo) memo.set(key, words);
    else wordsOfChunk.set(chunk, words);
  }
  return words;
}

/** The exact text of tokens `first..last`. */
export function spanText(ctx: Context, first: number, last: number): string {
  return ctx.text.slice(ctx.tokens[first].start, ctx.tokens[last].end);
}

/**
 * The `n` tokens before index `i` in the same sentence (nearest first), stopping at a line break.
 * @param ctx the document context
 * @param i a token index
 * @param n how many
 */
export function before(ctx: Context, i: number, n: number): Token[] {
  const out: Token[] = [];
  const s = ctx.tokens[i].sentence;
  for (let k = i - 1; k >= 0 && out.length < n; k -= 1) {
    if (ctx.tokens[k].sentence !== s || ctx.tokens[k + 1].gapBefore.includes('\n')) break;
    out.push(ctx.tokens[k]);
  }
  return out;
}

/**
 * The `n` tokens after index `i` in the same sentence (nearest first), stopping at a line break.
 * @param ctx the document context
 * @param i a token index
 * @param n how many
 */
export function after(ctx: Context, i: number, n: number): Token[] {
  const out: Token[] = [];
  const s = ctx.tokens[i].sentence;
  for (let k = i + 1; k < ctx.tokens.length && out.length < n; k += 1) {
    if (ctx.tokens[k].sentence !== s || ctx.tokens[k].gapBefore.includes('\n')) break;
    out.push(ctx.tokens[k]);
  }
  return out;
}
