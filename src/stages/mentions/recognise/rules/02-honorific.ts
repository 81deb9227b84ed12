/**
 * PERSON after a South Asian or Arabic honorific that is part of the name: Mullah, Maulana, Qari,
 * Hafiz, Haji, Sheikh, Mufti, Maulvi... The honorific stays inside the span ("Maulana Fazlur Rehman").
 */
import { isCommon, lc } from '../context.ts';
import type { Proposal } from '../types.ts';
import { chunkWords, propose, type Rule } from './rule.ts';

/** PERSON from a leading honorific kept in the span. */
export const honorific: Rule = {
  name: 'honorific',
  apply(chunk, ctx): Proposal[] {
    const words = chunkWords(chunk, ctx);
    if (words.length < 2 || !ctx.lex.honorifics.has(lc(words[0])) || !words[0].cap) return [];
    const second = words[1];
    if (!second.cap || second.upper || (isCommon(second, ctx) && !ctx.lex.particles.has(lc(second))
      && !ctx.lex.honorifics.has(lc(second)))) return [];
    return [propose(chunk, 'PERSON', 'honorific', 0.9)];
  },
};
