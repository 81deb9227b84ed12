/**
 * PERSON as a last resort: two or three capitalised words, none a common word or a known place,
 * org, media or institution word, all tagged PROPN by wink-nlp (when tagging is on), outside
 * headlines and not after a locative preposition ("Shafiq Mengal", "Noreen Leghari").
 */
import { before, isCommon, lc, posOf } from '../context.ts';
import type { Proposal } from '../types.ts';
import { chunkWords, hasGroupMorpheme, isLexiconPlace, nameLike, propose, type Rule } from './rule.ts';

const SCORE = 0.55;

/** PERSON fallback for runs of proper nouns. */
export const properSequence: Rule = {
  name: 'proper-sequence',
  wholeChunkScore: SCORE,
  apply(chunk, ctx): Proposal[] {
    const words = chunkWords(chunk, ctx);
    if (words.length < 2 || words.length > 3 || words.some((t) => t.headline || t.upper)) return [];
    if (hasGroupMorpheme(words, ctx) || isLexiconPlace(chunk, ctx) || !nameLike(words, ctx)) return [];
    const capWords = words.filter((t) => t.cap);
    if (capWords.length < 2 || capWords.some((t) => isCommon(t, ctx))) return [];
    const prev = before(ctx, chunk.first, 1)[0];
    if (prev && !prev.cap && ctx.lex.placePrepositions.has(lc(prev))) return [];
    if (capWords.some((t) => { const pos = posOf(t, ctx); return pos !== undefined && pos !== 'PROPN'; })) return [];
    return [propose(chunk, 'PERSON', 'pos:PROPN', SCORE)];
  },
};
