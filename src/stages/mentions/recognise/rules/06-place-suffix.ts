/**
 * LOC from a place noun next to the name: "Kunar province", "Jhal Magsi district", "Orakzai and
 * Mohmand agencies" (the noun stays out of the span), "the province of X", "the villages of X",
 * or a capitalised place noun inside the name ("Mohmand Agency" → "Mohmand").
 */
import { after, before, isCommon, lc } from '../context.ts';
import type { Proposal } from '../types.ts';
import { chunkWords, hasGroupMorpheme, propose, type Rule } from './rule.ts';

export const placeSuffix: Rule = {
  name: 'place-suffix',
  apply(chunk, ctx): Proposal[] {
    const words = chunkWords(chunk, ctx);
    if (words.length === 0 || hasGroupMorpheme(words, ctx)) return [];
    const { lex } = ctx;
    const next = after(ctx, chunk.last, 1)[0];
    if (next && next.kind === 'word' && !next.cap && lex.placeSuffixes.has(lc(next)) && /^ $/.test(next.gapBefore)) {
      const strong = lex.strongPlaceSuffixes.has(lc(next));
      return [propose(chunk, 'LOC', `place-suffix:${lc(next)}`, strong ? 0.9 : 0.65)];
    }
    const prev = before(ctx, chunk.first, 3);
    if (prev[0]?.surface === 'of' && prev[1] && !prev[1].cap && lex.placeOfNouns.has(lc(prev[1]))) {
      return [propose(chunk, 'LOC', `place-of:${lc(prev[1])}`, lex.strongPlaceSuffixes.has(lc(prev[1])) ? 0.85 : 0.7)];
    }
    const lastWord = words[words.length - 1];
    if (words.length >= 2 && words.length <= 3 && lex.placeSuffixes.has(lc(lastWord)) && lastWord.cap
      && words.slice(0, -1).every((t) => t.cap && !t.upper && !isCommon(t, ctx))) {
      const lastName = ctx.tokens.indexOf(words[words.length - 2], chunk.first);
      return [propose(chunk, 'LOC', `place-suffix:${lc(lastWord)}`, 0.8, chunk.first, lastName)];
    }
    return [];
  },
};
