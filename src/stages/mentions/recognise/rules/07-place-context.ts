/**
 * LOC from a preposition, a compass adjective, or a place after a comma: "in Sialkot", "near Balad",
 * "at Razaza", "western Nineveh",
 * "Islamabad, Pakistan" (both sides), "Jhal Magsi district, Balochistan".
 */
import { after, before, lc, type Context } from '../context.ts';
import type { Chunk, Proposal } from '../types.ts';
import { chunkWords, hasGroupMorpheme, isLexiconPlace, nameLike, propose, type Rule } from './rule.ts';

function isPlaceWord(ctx: Context, i: number): boolean {
  const t = ctx.tokens[i];
  if (t.knownType === 'LOC') return true;
  const key = t.surface.toLowerCase();
  return ctx.lex.countries.has(key) || ctx.lex.places.has(key);
}

function commaPlace(chunk: Chunk, ctx: Context): string | undefined {
  const next = after(ctx, chunk.last, 3);
  if (next[0]?.surface === ',' && next[1]?.cap && isPlaceWord(ctx, chunk.last + 2)
    && (!next[2] || /^[,.;)]$/.test(next[2].surface))) return 'comma-place';
  const prev = before(ctx, chunk.first, 2);
  if (prev[0]?.surface === ',' && prev[1] && (isPlaceWord(ctx, chunk.first - 2) || ctx.lex.placeSuffixes.has(lc(prev[1]))) ) {
    const following = after(ctx, chunk.last, 1)[0];
    if (!following || /^[,.;)]$/.test(following.surface)) return 'place-comma';
  }
  return undefined;
}

/** LOC from a locative preposition, a compass adjective or "Town, Country". */
export const placeContext: Rule = {
  name: 'place-context',
  apply(chunk, ctx): Proposal[] {
    const words = chunkWords(chunk, ctx);
    if (words.length === 0 || hasGroupMorpheme(words, ctx)) return [];
    const comma = commaPlace(chunk, ctx);
    if (comma && (nameLike(words, ctx) || isLexiconPlace(chunk, ctx))) return [propose(chunk, 'LOC', `context:${comma}`, 0.7)];
    const prev = before(ctx, chunk.first, 1)[0];
    if (prev && !prev.cap && ctx.lex.compassAdjectives.has(lc(prev)) && words.length <= 3 && !words.some((t) => t.upper)
      && (nameLike(words, ctx) || isLexiconPlace(chunk, ctx))) {
      return [propose(chunk, 'LOC', `context:${lc(prev)}`, 0.6)];
    }
    if (!prev || (prev.cap && !prev.sentenceStart) || !ctx.lex.placePrepositions.has(lc(prev))) return [];
    if (words.length > 3 || words.some((t) => t.upper) || ctx.lex.firstNames.has(lc(words[0]))) return [];
    if (!nameLike(words, ctx) && !isLexiconPlace(chunk, ctx)) return [];
    return [propose(chunk, 'LOC', `context:${lc(prev)}`, lc(prev) === 'from' || lc(prev) === 'at' ? 0.5 : 0.55)];
  },
};
