/**
 * PERSON from what surrounds the name: an apposition with a role ("X, a spokesman for", "X, the
 * former chief of", "X, a 38-year-old teacher", "X, 27,"), a speech verb ("said X", "X said"), or a
 * naming phrase ("named X", "a man called X", "(a.k.a. X)", "led by X"). A naming phrase after a
 * group or place noun ("a group called X", "the area, which was called X") types X as ORG or LOC
 * instead, and so does an apposition with a group noun ("X, an Afghan Shia militia").
 */
import { after, before, lc, posOf, type Context } from '../context.ts';
import type { Chunk, Proposal, Token } from '../types.ts';
import { chunkWords, nameLike, propose, type Rule } from './rule.ts';

const DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'one']);
const STOPS = new Set(['and', 'or', 'but', 'who', 'which', 'that', 'is', 'was', 'were', 'are', 'has', 'had', 'have', 'will',
  'would', 'in', 'on', 'at', 'to', 'with', 'by', 'as']);

/** "X, an Afghan Shia militia": the role noun is a group noun. */
function appositionGroup(chunk: Chunk, ctx: Context): string | undefined {
  const next = after(ctx, chunk.last, 9);
  if (next[0]?.surface !== ',' || !next[1] || !/^(?:a|an|the)$/.test(next[1].surface)) return undefined;
  for (let k = 2; k < next.length; k += 1) {
    const t = next[k];
    if (t.kind !== 'word' && t.surface !== '-') return undefined;
    if (!t.cap && ctx.lex.groupNouns.has(lc(t))) return lc(t);
    if (!t.cap && (ctx.lex.speechVerbs.has(lc(t)) || STOPS.has(lc(t)) || /^(?:for|of|from)$/.test(t.surface))) return undefined;
  }
  return undefined;
}

function apposition(chunk: Chunk, ctx: Context): string | undefined {
  const next = after(ctx, chunk.last, 8);
  if (next[0]?.surface !== ',') return undefined;
  if (next[1]?.kind === 'num' && next[2]?.surface === ',') return 'age';
  let k = next[1] && DETERMINERS.has(lc(next[1])) ? 2 : 1;
  for (; k < next.length; k += 1) {
    const t = next[k];
    const w = lc(t);
    if (t.kind === 'word' && !t.cap && ctx.lex.roles.has(w)) return w;
    const filler = t.kind === 'num' || t.surface === '-'
      || (t.kind === 'word' && !t.cap && !ctx.lex.speechVerbs.has(w) && !STOPS.has(w));
    if (!filler) return undefined;
  }
  return undefined;
}

/** The nearest group or place noun before index `k` of `prev` within the clause, as a type. */
function nounType(prev: Token[], k: number, ctx: Context): 'ORG' | 'LOC' | undefined {
  for (let n = k; n < prev.length && n < k + 5; n += 1) {
    const w = lc(prev[n]);
    if (prev[n].kind === 'punct' && prev[n].surface !== ',') return undefined;
    if (ctx.lex.groupNouns.has(w)) return 'ORG';
    if (ctx.lex.placeSuffixes.has(w)) return 'LOC';
  }
  return undefined;
}

function naming(chunk: Chunk, ctx: Context): { type: 'PERSON' | 'ORG' | 'LOC'; cue: string } | undefined {
  const prev = before(ctx, chunk.first, 9);
  let k = 0;
  while (prev[k] && (prev[k].surface === '(' || prev[k].surface === '"')) k += 1;
  const p1 = prev[k];
  if (!p1) return undefined;
  const p2 = prev[k + 1];
  const one = lc(p1);
  const two = p2 ? `${lc(p2)} ${one}` : '';
  if (ctx.lex.leaderVerbs.has(two)) return { type: 'PERSON', cue: `context:${two}` };
  const hit = ctx.lex.namingWords.has(two) ? two : ctx.lex.namingWords.has(one) || one === 'a.k.a' ? one : undefined;
  if (!hit) return undefined;
  const type = nounType(prev, hit.includes(' ') ? k + 2 : k + 1, ctx) ?? 'PERSON';
  return { type, cue: `context:${hit}` };
}

function speech(chunk: Chunk, ctx: Context, words: Token[]): string | undefined {
  const prev = before(ctx, chunk.first, 1)[0];
  const next = after(ctx, chunk.last, 2);
  if (prev && !prev.cap && /^(?:said|says|added|asked)$/.test(prev.surface)
    && (!next[0] || /^[,.;:(]$/.test(next[0].surface) || next[0].surface === 'who')) return 'said-x';
  if (next[0] && !next[0].cap && ctx.lex.speechVerbs.has(lc(next[0])) && next[0].surface !== 'claimed' && words.length >= 1) return 'x-said';
  return undefined;
}

/** PERSON (or ORG/LOC) from appositions, speech verbs and naming phrases. */
export const personContext: Rule = {
  name: 'context',
  apply(chunk, ctx): Proposal[] {
    const words = chunkWords(chunk, ctx);
    if (words.length === 0) return [];
    const named = naming(chunk, ctx);
    if (named) return [propose(chunk, named.type, named.cue, named.type === 'PERSON' ? 0.75 : 0.7)];
    const group = appositionGroup(chunk, ctx);
    if (group && !words[0].upper) return [propose(chunk, 'ORG', `context:apposition-${group}`, 0.75)];
    if (!nameLike(words, ctx) || words[0].upper) return [];
    const role = apposition(chunk, ctx);
    if (role) return [propose(chunk, 'PERSON', `context:${role}`, 0.8)];
    const said = speech(chunk, ctx, words);
    if (said === 'said-x') return [propose(chunk, 'PERSON', 'context:said', 0.7)];
    if (said === 'x-said' && words.length > 1) return [propose(chunk, 'PERSON', 'context:said', 0.6)];
    if (said === 'x-said' && !words[0].sentenceStart && posOf(words[0], ctx) === 'PROPN') return [propose(chunk, 'PERSON', 'context:said', 0.5)];
    return [];
  },
};
