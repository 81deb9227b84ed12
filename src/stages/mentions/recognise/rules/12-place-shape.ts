/**
 * LOC by the shape of a South or Central Asian place name: an ending such as -abad, -pur, -kot,
 * -garh, -istan, -shahr ("Jacobabad", "Bahawalpur", "Waziristan"), or a place word such as Khel,
 * Kili, Qila, Dara ("Datta Khel", "Qila Saifullah"); a compass word may lead ("North Waziristan").
 */
import { isCommon, lc } from '../context.ts';
import type { Proposal } from '../types.ts';
import { chunkWords, hasGroupMorpheme, propose, type Rule } from './rule.ts';

/** LOC from South/Central Asian place-name endings and place words. */
export const placeShape: Rule = {
  name: 'place-shape',
  apply(chunk, ctx): Proposal[] {
    const words = chunkWords(chunk, ctx);
    const { lex } = ctx;
    const core = words.length > 1 && lex.compass.has(lc(words[0])) ? words.slice(1) : words;
    if (core.length === 0 || core.length > 2 || hasGroupMorpheme(words, ctx) || core.some((t) => !t.cap || t.upper)) return [];
    const ending = core.some((t) => lex.placeEndings.test(lc(t)));
    const placeWord = core.length === 2 && core.some((t) => lex.placeNameWords.has(lc(t)));
    const tolerated = (w: string): boolean => lex.placeNameWords.has(w) || (placeWord && !lex.closedClass.has(w) && !lex.generic.has(w));
    if (core.some((t) => lex.demonyms.has(lc(t)) || lex.firstNames.has(lc(t)) || (isCommon(t, ctx) && !tolerated(lc(t))))) return [];
    if (!ending && !placeWord) return [];
    return [propose(chunk, 'LOC', ending ? 'place-shape:ending' : 'place-shape:word', 0.7)];
  },
};
