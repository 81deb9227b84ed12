/**
 * PERSON after an English title or rank ("Mr Rumsfeld", "Defence Secretary Donald Rumsfeld",
 * "General John Abizaid") or after a lower-case role noun ("spokesman Zabihullah Mujahid",
 * "commander Qari Abid"). The title is not part of the span.
 */
import { before, isCommon, lc } from '../context.ts';
import type { Proposal } from '../types.ts';
import { chunkWords, hasGroupMorpheme, isLexiconPlace, propose, type Rule } from './rule.ts';

const COURTESY = new Set(['mr', 'mrs', 'ms', 'dr', 'miss']);

/** PERSON after a title, rank or role noun (title excluded). */
export const title: Rule = {
  name: 'title',
  apply(chunk, ctx): Proposal[] {
    const words = chunkWords(chunk, ctx);
    if (words.length === 0 || words[0].upper || hasGroupMorpheme(words, ctx) || isLexiconPlace(chunk, ctx)) return [];
    if (words.length === 1 && isCommon(words[0], ctx)) return [];
    if (chunk.title) {
      const last = chunk.title.split(/\s+/).pop() ?? '';
      const courtesy = COURTESY.has(last.toLowerCase().replace(/\.$/, ''));
      // in a Title Case headline every word is capitalised: "Police Chief Orders Inquiry" has no
      // person after "Chief"; only a courtesy title or two name words count there
      if (ctx.tokens[chunk.first].headline && !courtesy && words.length < 2) return [];
      const score = courtesy ? 0.9 : 0.85;
      return [propose(chunk, 'PERSON', 'title', score)];
    }
    const prev = before(ctx, chunk.first, 1)[0];
    if (prev && prev.kind === 'word' && !prev.cap && /^ $/.test(ctx.tokens[chunk.first].gapBefore)
      && (ctx.lex.roles.has(lc(prev)) || ctx.lex.titles.has(lc(prev)))) {
      return [propose(chunk, 'PERSON', `context:${lc(prev)}`, 0.75)];
    }
    return [];
  },
};
