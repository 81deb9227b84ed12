/**
 * LOC from a place noun next to the name: "Kunar province", "Jhal Magsi district", "Orakzai and
 * Mohmand agencies" (the noun stays out of the span), "the province of X", "the villages of X",
 * or a capitalised place noun ending the name, which keeps it ("Mohmand Agency", "Euphrates River").
 * Places joined by a hyphen before the noun are two places ("Landhi-Korangi area").
 */
import { after, before, isCommon, lc, type Context } from '../context.ts';
import type { Chunk, Proposal } from '../types.ts';
import { chunkWords, hasGroupMorpheme, propose, type Rule } from './rule.ts';

/** Token indices of "Landhi-Korangi": two or more capitalised words joined only by hyphens. */
function hyphenParts(chunk: Chunk, ctx: Context): number[] | undefined {
  const toks = ctx.tokens.slice(chunk.first, chunk.last + 1);
  if (toks.length < 3) return undefined;
  const ok = toks.every((t, i) => (i % 2 === 0 ? t.kind === 'word' && t.cap : t.surface === '-' && t.gapBefore === ''));
  return ok ? toks.map((_, i) => chunk.first + i).filter((_, i) => i % 2 === 0) : undefined;
}

/** LOC from a neighbouring place noun. */
export const placeSuffix: Rule = {
  name: 'place-suffix',
  apply(chunk, ctx): Proposal[] {
    const words = chunkWords(chunk, ctx);
    if (words.length === 0 || hasGroupMorpheme(words, ctx)) return [];
    const { lex } = ctx;
    const next = after(ctx, chunk.last, 1)[0];
    if (next && next.kind === 'word' && !next.cap && lex.placeSuffixes.has(lc(next)) && /^ $/.test(next.gapBefore)) {
      const strong = lex.strongPlaceSuffixes.has(lc(next));
      const cue = `place-suffix:${lc(next)}`;
      const split = hyphenParts(chunk, ctx);
      if (split) return split.map((k) => propose(chunk, 'LOC', cue, strong ? 0.9 : 0.65, k, k));
      return [propose(chunk, 'LOC', cue, strong ? 0.9 : 0.65)];
    }
    const prev = before(ctx, chunk.first, 3);
    if (prev[0]?.surface === 'of' && prev[1] && !prev[1].cap && lex.placeOfNouns.has(lc(prev[1]))) {
      return [propose(chunk, 'LOC', `place-of:${lc(prev[1])}`, lex.strongPlaceSuffixes.has(lc(prev[1])) ? 0.85 : 0.7)];
    }
    const lastWord = words[words.length - 1];
    if (words.length >= 2 && words.length <= 3 && lex.placeSuffixes.has(lc(lastWord)) && lastWord.cap
      && words.slice(0, -1).every((t) => t.cap && !t.upper && !isCommon(t, ctx))) {
      return [propose(chunk, 'LOC', `place-suffix:${lc(lastWord)}`, 0.8)];
    }
    return [];
  },
};
