/**
 * ORG from the words around a name: "militant group X", "the banned outfit X", "X militants",
 * "X commander", "X claimed responsibility", and an acronym in a sentence about groups
 * ("... the TTP, whose fighters ...").
 */
import { after, before, lc, type Context } from '../context.ts';
import type { Chunk, Proposal, Token } from '../types.ts';
import { chunkWords, isLexiconPlace, nameLike, propose, type Rule } from './rule.ts';

const ACRONYM_RE = /^(?=[A-Za-z]{2,7}$)(?:[A-Z][a-z]?){1,5}[A-Z]$|^[A-Z]{2,6}$/;

function isOrgAcronym(t: Token, ctx: Context): boolean {
  const bare = t.surface.replace(/\./g, '');
  return ACRONYM_RE.test(bare) && /[A-Z].*[A-Z]/.test(bare) && !ctx.lex.notOrgAcronyms.has(t.surface)
    && !ctx.lex.notOrgAcronyms.has(bare) && !ctx.lex.placeAcronyms.has(t.surface) && !ctx.lex.placeAcronyms.has(bare)
    && !ctx.lex.countries.has(bare.toLowerCase()) && !ctx.lex.commonWords.has(bare.toLowerCase());
}

function sentenceHasGroupCue(ctx: Context, i: number): boolean {
  const s = ctx.tokens[i].sentence;
  if (s < 0) return false;
  const { lex } = ctx;
  for (let k = i - 1; k >= 0 && ctx.tokens[k].sentence === s; k -= 1) if (cue(ctx.tokens[k])) return true;
  for (let k = i + 1; k < ctx.tokens.length && ctx.tokens[k].sentence === s; k += 1) if (cue(ctx.tokens[k])) return true;
  return false;
  function cue(t: Token): boolean {
    const w = t.surface.toLowerCase();
    return !t.cap && (lex.groupNouns.has(w) || lex.memberNouns.has(w) || lex.militantAdjectives.has(w) || lex.claimVerbs.has(w));
  }
}

function around(chunk: Chunk, ctx: Context): string | undefined {
  const { lex } = ctx;
  const prev = before(ctx, chunk.first, 3);
  if (prev[0] && !prev[0].cap && lex.groupNouns.has(lc(prev[0])) && prev[1] && lex.militantAdjectives.has(lc(prev[1]))) return `${lc(prev[1])}-${lc(prev[0])}`;
  const next = after(ctx, chunk.last, 3);
  let k = 0;
  if (next[0]?.surface === "'s" || next[0]?.surface === '’s') k = 1;
  const n = next[k];
  if (n && n.kind === 'word' && !n.cap && lex.memberNouns.has(lc(n))) return lc(n);
  if (n && !n.cap && /^(?:claimed|claims|has|had)$/.test(n.surface)) {
    const m = next[k + 1];
    if (m && (lex.claimVerbs.has(lc(m)) || /^(?:responsibility|credit)$/.test(m.surface)) || n.surface === 'claimed' || n.surface === 'claims') return 'claimed';
  }
  return undefined;
}

/** ORG from militant-group context words and acronyms in group sentences. */
export const orgContext: Rule = {
  name: 'org-context',
  apply(chunk, ctx): Proposal[] {
    const words = chunkWords(chunk, ctx);
    if (words.length === 0 || isLexiconPlace(chunk, ctx)) return [];
    const acronym = words.length === 1 && isOrgAcronym(words[0], ctx)
      || words.length > 1 && words.every((t) => t.upper || t.cap) && isOrgAcronym(words[0], ctx) && ctx.tokens.slice(chunk.first, chunk.last + 1).some((t) => t.surface === '-');
    const cue = around(chunk, ctx);
    if (cue && (acronym || nameLike(words, ctx))) {
      const single = words.length === 1 && !acronym;
      return [propose(chunk, 'ORG', `context:${cue}`, acronym ? 0.7 : single ? 0.55 : 0.65)];
    }
    if (acronym && sentenceHasGroupCue(ctx, chunk.first)) return [propose(chunk, 'ORG', 'acronym:group-cue', 0.6)];
    return [];
  },
};
