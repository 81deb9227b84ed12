/**
 * PERSON in a byline: a line opening with "By" (or "Written by", "Reported by") followed by a name
 * ("By Sameer Lalwani and Ahmed Rashid"); agencies in a byline are dropped by the media filter.
 */
import { before } from '../context.ts';
import type { Proposal } from '../types.ts';
import { chunkWords, nameLike, propose, type Rule } from './rule.ts';

/** Words that may open a byline before "by": "Written by", "Reported by". */
const LEADS = new Set(['written', 'reported', 'posted', 'story', 'report', 'compiled', 'edited', 'analysis', 'words']);

/** PERSON from a byline. */
export const byline: Rule = {
  name: 'byline',
  apply(chunk, ctx): Proposal[] {
    const words = chunkWords(chunk, ctx);
    if (words.length < 2 || words.length > 4 || !nameLike(words, ctx)) return [];
    const prev = before(ctx, chunk.first, 8);
    let k = 0;
    if (prev[k]?.surface === 'and' || prev[k]?.surface === ',') {
      k += 1;
      while (prev[k] && prev[k].cap && prev[k].kind === 'word' && !/^(?:By|BY)$/.test(prev[k].surface)) k += 1;
    }
    const by = prev[k];
    if (!by || !/^(?:By|BY|by)$/.test(by.surface)) return [];
    const byIdx = ctx.tokens.indexOf(by, Math.max(0, chunk.first - 12));
    const lead = prev[k + 1];
    const lineStart = byIdx === 0 || by.gapBefore.includes('\n')
      || (lead !== undefined && LEADS.has(lead.surface.toLowerCase()) && (byIdx === 1 || lead.gapBefore.includes('\n')));
    return lineStart ? [propose(chunk, 'PERSON', 'byline', 0.75)] : [];
  },
};
