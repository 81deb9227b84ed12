/**
 * Capitalised chunks: maximal runs of capitalised words inside one sentence and line, glued by
 * spaces, hyphens and name connectors ("Lashkar-e-Jhangvi", "Ahle Sunnat Wal Jamaat", "bin Laden").
 * Chunks are then cut at English titles (kept aside as `title`), honorifics and acronyms, and their
 * uninformative leading words (sentence-initial "Earlier", "The") are dropped.
 */
import { isCommon, isMeaningful, lc, posOf, type Context } from './context.ts';
import type { Chunk, Token } from './types.ts';

const SPACES = /^ {1,2}$/;

function isConnector(t: Token, ctx: Context, hyphenated: boolean): boolean {
  const w = t.surface.toLowerCase();
  return t.kind === 'word' && !t.cap && (hyphenated ? ctx.lex.connectors.has(w) : ctx.lex.spaceConnectors.has(w));
}

/** Index of the next word glued to token `j` (by a space or a hyphen), or -1. */
function nextGlued(ctx: Context, j: number): { k: number; hyphen: boolean } | undefined {
  const { tokens } = ctx;
  const a = tokens[j + 1];
  if (!a || a.taken || a.sentence !== tokens[j].sentence) return undefined;
  if (a.kind === 'punct' && (a.surface === '-' || a.surface === '‐') && a.gapBefore === '') {
    const b = tokens[j + 2];
    if (b && b.kind === 'word' && !b.taken && (b.gapBefore === '' || SPACES.test(b.gapBefore))) return { k: j + 2, hyphen: true };
    return undefined;
  }
  const initial = /^\p{Lu}$/u.test(tokens[j].surface);
  if (a.kind === 'punct' && a.surface === '.' && a.gapBefore === '' && (initial || ctx.lex.titles.has(lc(tokens[j])))) {
    const b = tokens[j + 2];
    if (b && b.kind === 'word' && b.cap && !b.taken && SPACES.test(b.gapBefore)) return { k: j + 2, hyphen: false };
    return undefined;
  }
  if (a.kind === 'word' && SPACES.test(a.gapBefore)) return { k: j + 1, hyphen: false };
  if (a.surface === "'" && a.gapBefore === '' && /s$/.test(tokens[j].surface)) {
    const b = tokens[j + 2];
    if (b && b.kind === 'word' && b.cap && !b.taken && SPACES.test(b.gapBefore)) return { k: j + 2, hyphen: false };
  }
  return undefined;
}

/** Extend a chunk from word `i` as far as capitals and connectors reach; returns the last index. */
function extend(ctx: Context, i: number): number {
  let j = i;
  for (;;) {
    const g = nextGlued(ctx, j);
    if (!g) return j;
    const t = ctx.tokens[g.k];
    if (t.cap || (g.hyphen && t.kind === 'word' && /^\p{N}/u.test(t.surface))) { j = g.k; continue; }
    if (isConnector(t, ctx, g.hyphen)) {
      const h = nextGlued(ctx, g.k);
      if (h && ctx.tokens[h.k].cap) { j = h.k; continue; }
    }
    return j;
  }
}

/**
 * Find the raw chunks of a document (before cutting).
 * @param ctx the document context
 * @returns chunks in text order, not overlapping
 */
export function findRawChunks(ctx: Context): Chunk[] {
  const out: Chunk[] = [];
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i];
    if (t.kind !== 'word' || t.taken) continue;
    let startable = t.cap;
    if (!startable && (ctx.lex.articleParticles.has(t.surface) || ctx.lex.particles.has(t.surface))) {
      const g = nextGlued(ctx, i);
      startable = g !== undefined && tokens[g.k].cap;
    }
    if (!startable) continue;
    const last = extend(ctx, i);
    out.push({ first: i, last });
    i = last;
  }
  return out;
}

/** Word indices of a chunk. */
function wordIndices(ctx: Context, c: Chunk): number[] {
  const out: number[] = [];
  for (let k = c.first; k <= c.last; k += 1) if (ctx.tokens[k].kind === 'word') out.push(k);
  return out;
}

/** Drop uninformative words at both ends; returns undefined when nothing is left. */
function trim(ctx: Context, c: Chunk): Chunk | undefined {
  const words = wordIndices(ctx, c);
  let a = 0;
  while (a < words.length) {
    const t = ctx.tokens[words[a]];
    const w = lc(t);
    // pure tests, ordered so that the part-of-speech tag (tagging a whole sentence) is read last
    if (ctx.lex.closedClass.has(w) && !t.upper || !t.cap && !ctx.lex.articleParticles.has(t.surface) && !ctx.lex.particles.has(t.surface)
      || ctx.lex.generic.has(w) && !isMeaningful(t, ctx)
      || (t.headline || t.sentenceStart) && isCommon(t, ctx) && !isMeaningful(t, ctx) && (t.headline || posOf(t, ctx) !== 'PROPN')) { a += 1; continue; }
    break;
  }
  let b = words.length - 1;
  while (b >= a) {
    const t = ctx.tokens[words[b]];
    if (!t.cap || (ctx.lex.closedClass.has(lc(t)) && !t.upper)) { b -= 1; continue; }
    break;
  }
  if (a > b) return undefined;
  return { first: words[a], last: words[b], title: c.title };
}

/** Cut a chunk before word `k` (exclusive) and from `k`; both halves trimmed. */
function cutAt(ctx: Context, c: Chunk, leftEnd: number, rightStart: number, title?: string): Chunk[] {
  const out: Chunk[] = [];
  if (leftEnd >= c.first) {
    const left = trim(ctx, { first: c.first, last: leftEnd, title: c.title });
    if (left) out.push(left);
  }
  if (rightStart <= c.last) out.push(...cutChunk(ctx, { first: rightStart, last: c.last, title }));
  return out;
}

/**
 * Cut one raw chunk at titles ("Defence Secretary | Donald Rumsfeld"), honorifics ("Taliban | Mullah
 * Omar"), stand-alone acronyms ("AQI | Courting") and, in headlines, at common words.
 * @param ctx the document context
 * @param c a raw chunk
 * @returns the pieces, trimmed, in order
 */
export function cutChunk(ctx: Context, c: Chunk): Chunk[] {
  const { tokens, lex } = ctx;
  const words = wordIndices(ctx, c);
  for (let n = 0; n < words.length; n += 1) {
    const t = tokens[words[n]];
    const w = lc(t);
    const glued = n > 0 && tokens[words[n]].gapBefore === '';
    const nextGluedHyphen = n + 1 < words.length && tokens[words[n + 1]].gapBefore === '';
    if (lex.titles.has(w) && t.cap && !glued && !nextGluedHyphen) {
      let m = n;
      while (m + 1 < words.length && lex.titles.has(lc(tokens[words[m + 1]]))) m += 1;
      if (m + 1 >= words.length) break;
      let s = n;
      while (s > 0 && (lex.offices.has(lc(tokens[words[s - 1]])) || lex.titles.has(lc(tokens[words[s - 1]])))) s -= 1;
      const title = ctx.text.slice(tokens[words[s]].start, tokens[words[m]].end);
      return cutAt(ctx, c, s > 0 ? words[s - 1] : c.first - 1, words[m + 1], title);
    }
    if (n > 0 && !glued && lex.cutHonorifics.has(w) && t.cap && !lex.honorifics.has(lc(tokens[words[n - 1]]))
      && !lex.particles.has(lc(tokens[words[n - 1]]))) {
      return cutAt(ctx, c, words[n - 1], words[n], undefined);
    }
    const acronym = t.upper && !t.surface.includes('.') && t.surface.length <= 6 && words.length > 1 && !glued && !nextGluedHyphen;
    if (acronym) {
      const pieces: Chunk[] = [];
      if (n > 0) pieces.push(...cutAt(ctx, { first: c.first, last: words[n - 1], title: c.title }, words[n - 1], c.last + 1));
      pieces.push({ first: words[n], last: words[n], title: n === 0 ? c.title : undefined });
      if (n + 1 < words.length) pieces.push(...cutChunk(ctx, { first: words[n + 1], last: c.last }));
      return pieces;
    }
    const surname = lex.lastNames.has(w) && n > 0 && lex.firstNames.has(lc(tokens[words[n - 1]]));
    if (t.headline && n > 0 && isCommon(t, ctx) && !isMeaningful(t, ctx) && !surname && !glued && !nextGluedHyphen) {
      return cutAt(ctx, c, words[n - 1], n + 1 < words.length ? words[n + 1] : c.last + 1, undefined);
    }
  }
  const trimmed = trim(ctx, c);
  if (!trimmed) return [];
  const changed = trimmed.first !== c.first || trimmed.last !== c.last;
  return changed ? cutChunk(ctx, trimmed) : [trimmed];
}

/**
 * All chunks of a document, cut and trimmed.
 * @param ctx the document context
 */
export function buildChunks(ctx: Context): Chunk[] {
  return findRawChunks(ctx).flatMap((c) => cutChunk(ctx, c));
}
