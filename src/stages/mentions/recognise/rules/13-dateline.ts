/**
 * LOC in a dateline: a place in capitals opening a line and followed by a colon, a dash, a comma
 * with a date, or an agency in brackets ("PESHAWAR:", "KABUL, March 3 (Reuters) -", "QUETTA (AFP) -").
 */
import { after, lc } from '../context.ts';
import type { Proposal } from '../types.ts';
import { chunkWords, propose, type Rule } from './rule.ts';

const DASHES = new Set(['-', '–', '—', ':']);

/** LOC from a capitalised dateline place. */
export const dateline: Rule = {
  name: 'dateline',
  apply(chunk, ctx): Proposal[] {
    const words = chunkWords(chunk, ctx);
    const first = ctx.tokens[chunk.first];
    const lineStart = chunk.first === 0 || first.gapBefore.includes('\n');
    if (!lineStart || words.length > 3 || !words.every((t) => t.upper && t.surface.length >= 4)) return [];
    if (words.some((t) => ctx.lex.notOrgAcronyms.has(t.surface) || ctx.lex.commonWords.has(lc(t)) || ctx.lex.closedClass.has(lc(t)))) return [];
    const next = after(ctx, chunk.last, 2);
    const ok = next[0] !== undefined && (DASHES.has(next[0].surface) || next[0].surface === '('
      || next[0].surface === ',' && next[1] !== undefined && (ctx.lex.calendar.has(lc(next[1])) || next[1].cap));
    return ok ? [propose(chunk, 'LOC', 'dateline', 0.8)] : [];
  },
};
