/**
 * Types from compromise's English lexicon: a country or city is LOC ("Pakistan", "Karachi", each
 * side of "Pakistan-Afghanistan"); a known given name followed by more names is PERSON
 * ("Donald Rumsfeld"), and so is a run ending in a known family name, unless a locative preposition
 * precedes it.
 */
import { before, lc, type Context } from '../context.ts';
import type { Chunk, Proposal } from '../types.ts';
import { chunkKey, chunkWords, hasGroupMorpheme, nameLike, propose, type Rule } from './rule.ts';

const ABBREVIATED = new Set(['us', 'u.s', 'usa', 'u.s.a', 'uk', 'u.k', 'uae']);
/** After these a run of names is a place, not a person ("a rally in Dera Ismail Khan"). */
const LOCATIVE = new Set(['in', 'near', 'inside', 'outside', 'across', 'throughout', 'around']);

/** A '-' token after the chunk's first token (within the chunk). */
function hasHyphen(chunk: Chunk, ctx: Context): boolean {
  for (let i = chunk.first + 1; i <= chunk.last; i += 1) if (ctx.tokens[i].surface === '-') return true;
  return false;
}

function placeParts(chunk: Chunk, ctx: Context): Proposal[] {
  const out: Proposal[] = [];
  for (let k = chunk.first; k <= chunk.last; k += 1) {
    const t = ctx.tokens[k];
    if (t.kind !== 'word') continue;
    const w = lc(t);
    if (ctx.lex.countries.has(w) || ctx.lex.places.has(w) || ABBREVIATED.has(w)) out.push({ first: k, last: k, type: 'LOC', cue: 'lexicon:place-part', score: 0.85, chunk });
    else if (!ABBREVIATED.has(w) && !ctx.lex.demonyms.has(w)) return [];
  }
  return out;
}

/** LOC and PERSON from compromise's lexicon of places and names. */
export const lexicon: Rule = {
  name: 'lexicon',
  apply(chunk, ctx): Proposal[] {
    const words = chunkWords(chunk, ctx);
    if (words.length === 0) return [];
    const key = chunkKey(chunk, ctx);
    const { lex } = ctx;
    if (lex.countries.has(key) || ABBREVIATED.has(key)) return [propose(chunk, 'LOC', 'lexicon:country', 0.9)];
    if (lex.places.has(key) || lex.regions.has(key)) return [propose(chunk, 'LOC', 'lexicon:place', 0.8)];
    if (words.length === 1 && lex.placeAcronyms.has(words[0].surface)) return [propose(chunk, 'LOC', 'lexicon:place', 0.85)];
    if (words.length >= 2 && lex.compass.has(lc(words[0])) && words[0].cap) {
      const rest = key.slice(key.indexOf(' ') + 1);
      if (lex.countries.has(rest) || lex.places.has(rest)) return [propose(chunk, 'LOC', 'lexicon:place', 0.8)];
    }
    const hyphenated = chunk.last > chunk.first && ctx.tokens.slice(chunk.first, chunk.last + 1).every((t) => t.kind === 'word' || t.surface === '-');
    if (hyphenated && words.length > 1 && hasHyphen(chunk, ctx)) {
      const partsOut = placeParts(chunk, ctx);
      if (partsOut.length > 0) return partsOut;
    }
    if (words.length < 2 || words.length > 4 || hasGroupMorpheme(words, ctx) || !nameLike(words, ctx)) return [];
    const prev = before(ctx, chunk.first, 1)[0];
    if (prev && !prev.cap && LOCATIVE.has(prev.surface)) return [];
    if (lex.firstNames.has(lc(words[0])) && !lex.places.has(lc(words[words.length - 1]))) return [propose(chunk, 'PERSON', 'lexicon:first-name', 0.7)];
    if (lex.lastNames.has(lc(words[words.length - 1]))) return [propose(chunk, 'PERSON', 'lexicon:last-name', 0.65)];
    return [];
  },
};
