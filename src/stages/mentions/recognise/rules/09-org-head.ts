/**
 * ORG from an organisation head word: "X Front", "X Movement", "X Brigade", "X Network", "X Party",
 * "Pakistani Taliban", also inside the name ("Pakistan Muslim League-Nawaz"); a weak head ("Army", "Group", "Council", "State") only with a non-state
 * modifier ("Liberation Army", "Islamic State") and never after a state's name or demonym
 * ("Pakistan Army", "Iraqi Army"). A name's head counts too ("Mohammed's Army"). A lower-case group noun after the name also counts
 * ("the Haqqani network"); "group", "faction" and "party" join the span when the name before them is
 * a person's or a plain word ("the Afaq group", "the Mullah Rasool group", "Ba'ath party").
 */
import { after, lc } from '../context.ts';
import type { Proposal } from '../types.ts';
import { chunkWords, hasGroupMorpheme, isLexiconPlace, nameLike, propose, type Rule } from './rule.ts';

/** Nouns that belong to the name when the name before them is not itself a group name: "Afaq group", "Ba'ath party". */
const NAMED_BY = new Set(['group', 'faction', 'party']);

/** ORG from an organisation head word or a following group noun. */
export const orgHead: Rule = {
  name: 'org-head',
  apply(chunk, ctx): Proposal[] {
    const words = chunkWords(chunk, ctx);
    if (words.length === 0) return [];
    const { lex } = ctx;
    const head = lc(words[words.length - 1]);
    const modifiers = words.slice(0, -1).map(lc);
    const stateModifier = modifiers.some((w) => lex.countries.has(w) || lex.demonyms.has(w) || w === 'us' || w === 'u.s');
    const nonState = modifiers.some((w) => lex.armyModifiers.has(w) || lex.orgAdjectives.has(w));
    if (words.length >= 2 && lex.orgHeads.has(head) && words[words.length - 1].cap) {
      return [propose(chunk, 'ORG', `org-head:${head}`, 0.75)];
    }
    const inner = words.findIndex((t, i) => i > 0 && i < words.length - 1 && t.cap && lex.orgHeads.has(lc(t)));
    if (inner > 0 && !isLexiconPlace(chunk, ctx)) return [propose(chunk, 'ORG', `org-head:${lc(words[inner])}`, 0.7)];
    if (words.length >= 2 && lex.weakOrgHeads.has(head) && words[words.length - 1].cap && nonState && !(stateModifier && !nonState)) {
      return [propose(chunk, 'ORG', `org-head:${head}`, 0.75)];
    }
    const poss = after(ctx, chunk.last, 2);
    if ((poss[0]?.surface === "'s" || poss[0]?.surface === '’s') && poss[1]?.cap && /^ $/.test(poss[1].gapBefore)
      && (lex.orgHeads.has(lc(poss[1])) || lex.weakOrgHeads.has(lc(poss[1]))) && !stateModifier && !isLexiconPlace(chunk, ctx)
      && !words.some((t) => lex.countries.has(lc(t)) || lex.demonyms.has(lc(t)))) {
      return [propose(chunk, 'ORG', `org-head:${lc(poss[1])}`, 0.75, chunk.first, ctx.tokens.indexOf(poss[1], chunk.last))];
    }
    const next = after(ctx, chunk.last, 1)[0];
    if (!next || next.kind !== 'word' || next.cap || !/^ $/.test(next.gapBefore) || !lex.groupNouns.has(lc(next)) || stateModifier) return [];
    const noun = lc(next);
    if (NAMED_BY.has(noun) && !hasGroupMorpheme(words, ctx) && !words[0].upper && !isLexiconPlace(chunk, ctx)
      && !(words.length > 1 && lex.orgAdjectives.has(lc(words[0]))) && !/^(?:al|el)$/i.test(words[0].surface)) {
      const nounIdx = ctx.tokens.indexOf(next, chunk.last);
      return [propose(chunk, 'ORG', `context:${noun}`, 0.92, chunk.first, nounIdx)];
    }
    if (nameLike(words, ctx) || words.every((t) => t.upper)) return [propose(chunk, 'ORG', `context:${noun}`, 0.65)];
    return [];
  },
};
