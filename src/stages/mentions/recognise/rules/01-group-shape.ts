/**
 * ORG by the shape of the name: a group-name morpheme (Lashkar-, Jaish-, Tehrik-, Jamaat-, Harkat-,
 * Sipah-, Hizb-, Ansar, Jund, Jabhat, Ahrar, Ahle, Majlis, Tanzeem, Taliban, Qaeda...), an "Islamic X"
 * with an organisation head, or a name opening with the article "al-". A following "of Y" joins the
 * name ("Islamic Movement of Uzbekistan"). A nationality before "Al-" stays out ("Saudi | Al-Qaeda").
 */
import { after, lc, type Context } from '../context.ts';
import type { Chunk, Proposal, Token } from '../types.ts';
import { chunkWords, hasGroupMorpheme, propose, type Rule } from './rule.ts';

function startsWithArticle(t: Token): boolean {
  return /^(?:al|el)$/iu.test(t.surface);
}

/** Token index where the name starts: after a leading demonym that precedes "Al". */
function nameStart(words: Token[], ctx: Context): number {
  if (words.length > 1 && ctx.lex.demonyms.has(lc(words[0])) && startsWithArticle(words[1])) return 1;
  return 0;
}

/**
 * The last token index of "<chunk> of <Capitalised run>" (or "in <run>" when `allowIn`), or undefined.
 */
function ofExtension(chunk: Chunk, ctx: Context, allowIn: boolean): number | undefined {
  const next = after(ctx, chunk.last, 6);
  if (next.length < 2 || !(next[0].surface === 'of' || allowIn && next[0].surface === 'in') || !/^ $/.test(next[0].gapBefore)) return undefined;
  let k = 1;
  if (next[k].surface === 'the' && next.length > 2) k += 1;
  if (!next[k].cap || next[k].upper) return undefined;
  let lastIdx = ctx.tokens.indexOf(next[k], chunk.last);
  while (next[k + 1] && next[k + 1].cap && next[k + 1].gapBefore === ' ') { k += 1; lastIdx += 1; }
  return lastIdx;
}

/** ORG from group-name morphemes, "Islamic X" heads and names opening with al-. */
export const groupShape: Rule = {
  name: 'group-shape',
  apply(chunk, ctx): Proposal[] {
    const words = chunkWords(chunk, ctx);
    if (words.length === 0) return [];
    const { lex } = ctx;
    const start = ctx.tokens.indexOf(words[nameStart(words, ctx)], chunk.first);
    const lastWord = lc(words[words.length - 1]);
    const headed = lex.orgHeads.has(lastWord) || lex.weakOrgHeads.has(lastWord);
    const headInside = words.slice(1).some((t) => t.cap && (lex.orgHeads.has(lc(t)) || lex.weakOrgHeads.has(lc(t))));
    let cue = '';
    let score = 0;
    if (hasGroupMorpheme(words, ctx)) { cue = 'group-shape'; score = 0.9; }
    else if (words.length > 1 && lex.orgAdjectives.has(lc(words[0])) && headInside) { cue = 'group-shape:islamic-x'; score = 0.85; }
    else if (startsWithArticle(words[nameStart(words, ctx)]) && words.length > nameStart(words, ctx) + 1) {
      cue = 'group-shape:al'; score = 0.7;
    }
    if (!cue) return [];
    const out = [propose(chunk, 'ORG', cue, score, start, chunk.last)];
    if (headed) {
      const ext = ofExtension(chunk, ctx, lex.weakOrgHeads.has(lastWord) && lastWord !== 'state');
      if (ext !== undefined) out.push(propose(chunk, 'ORG', `${cue}+of`, score + 0.06, start, ext));
    }
    return out;
  },
};
