/**
 * PERSON from what surrounds the name: an apposition with a role ("X, a spokesman for", "X, the
 * former chief of", "X, a 38-year-old teacher", "X, 27,"), a speech verb ("said X", "X said"), or a
 * naming phrase ("named X", "a man called X", "(a.k.a. X)"). A naming phrase after a group or place
 * noun ("a group called X", "a village known as X") types X as ORG or LOC instead.
 */
import { after, before, lc, type Context } from '../context.ts';
import type { Chunk, Proposal, Token } from '../types.ts';
import { chunkWords, nameLike, propose, type Rule } from './rule.ts';

const DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'one']);
const STOPS = new Set(['and', 'or', 'but', 'who', 'which', 'that', 'is', 'was', 'were', 'are', 'has', 'had', 'have', 'will',
  'would', 'in', 'on', 'at', 'to', 'with', 'by', 'as']);

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

function naming(chunk: Chunk, ctx: Context): { type: 'PERSON' | 'ORG' | 'LOC'; cue: string } | undefined {
  const prev = before(ctx, chunk.first, 4);
  let k = 0;
  while (prev[k] && (prev[k].surface === '(' || prev[k].surface === '"')) k += 1;
  const p1 = prev[k];
  if (!p1) return undefined;
  const p2 = prev[k + 1];
  const one = lc(p1);
  const two = p2 ? `${lc(p2)} ${one}` : '';
  const hit = ctx.lex.namingWords.has(two) ? two : ctx.lex.namingWords.has(one) || one === 'a.k.a' ? one : undefined;
  if (!hit) return undefined;
  const nounIdx = hit.includes(' ') ? k + 2 : k + 1;
  const noun = prev[nounIdx] ? lc(prev[nounIdx]) : '';
  if (ctx.lex.groupNouns.has(noun)) return { type: 'ORG', cue: `context:${hit}` };
  if (ctx.lex.placeSuffixes.has(noun)) return { type: 'LOC', cue: `context:${hit}` };
  return { type: 'PERSON', cue: `context:${hit}` };
}

function speech(chunk: Chunk, ctx: Context, words: Token[]): string | undefined {
  const prev = before(ctx, chunk.first, 1)[0];
  const next = after(ctx, chunk.last, 2);
  if (prev && !prev.cap && /^(?:said|says|added|asked)$/.test(prev.surface)
    && (!next[0] || /^[,.;:(]$/.test(next[0].surface) || next[0].surface === 'who')) return 'said-x';
  if (next[0] && !next[0].cap && ctx.lex.speechVerbs.has(lc(next[0])) && next[0].surface !== 'claimed' && words.length >= 1) return 'x-said';
  return undefined;
}

export const personContext: Rule = {
  name: 'context',
  apply(chunk, ctx): Proposal[] {
    const words = chunkWords(chunk, ctx);
    if (words.length === 0) return [];
    const named = naming(chunk, ctx);
    if (named) return [propose(chunk, named.type, named.cue, named.type === 'PERSON' ? 0.75 : 0.7)];
    if (!nameLike(words, ctx) || words[0].upper) return [];
    const role = apposition(chunk, ctx);
    if (role) return [propose(chunk, 'PERSON', `context:${role}`, 0.8)];
    const said = speech(chunk, ctx, words);
    if (said === 'said-x') return [propose(chunk, 'PERSON', 'context:said', 0.7)];
    if (said === 'x-said') return [propose(chunk, 'PERSON', 'context:said', words.length > 1 ? 0.6 : 0.5)];
    return [];
  },
};
