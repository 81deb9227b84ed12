/**
 * State institutions, companies, NGOs, schools and facilities are not labelled, nor is a place name
 * inside one ("Balochistan Police College", "Interior Ministry", "US Embassy"): any proposal whose
 * chunk holds an institution head word is dropped, except a non-state armed group ("Islamic Army").
 */
import { lc } from '../context.ts';
import { chunkWordsOf, type Filter } from './filter.ts';

/** Rejects institutions and facilities, with places inside them. */
export const institution: Filter = {
  name: 'institution',
  rejects(p, ctx) {
    if (p.cue.startsWith('context:apposition-')) return false;
    if (p.cue.startsWith('org-head:') || (p.cue.startsWith('group-shape') && p.type === 'ORG' && p.cue !== 'group-shape:al')) {
      const words = chunkWordsOf(p, ctx);
      const last = words[words.length - 1];
      return last !== undefined && ctx.lex.institutionHeads.has(lc(last)) && !ctx.lex.orgHeads.has(lc(last))
        && !ctx.lex.weakOrgHeads.has(lc(last));
    }
    const words = chunkWordsOf(p, ctx);
    const lastWord = words[words.length - 1];
    const placeNoun = p.cue.startsWith('place-suffix:') && lastWord && ctx.lex.placeSuffixes.has(lc(lastWord)) ? lastWord : undefined;
    return words.some((t) => t !== placeNoun && t.cap && ctx.lex.institutionHeads.has(lc(t)));
  },
};
