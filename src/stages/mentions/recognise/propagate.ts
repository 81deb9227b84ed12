/**
 * Document-level consistency: a name typed confidently once is typed the same elsewhere in the
 * document ("Shafiq Mengal ... Mengal"), and a name joined by "and"/"or" (or a comma) to a typed
 * name of the same kind takes its type ("Orakzai and Mohmand agencies", "in Jalalabad and Kabul").
 */
import { lc, spanText, type Context } from './context.ts';
import type { CandidateType, Chunk, Proposal } from './types.ts';

/** Minimum score of a proposal that may lend its type to same-text names. */
const SOURCE_MIN = 0.55;
/** Minimum score of a proposal that may lend its type to a coordinated name. */
const COORD_MIN = 0.7;
const COORD_SCORE = 0.65;

/**
 * Propose the types of selected names for other chunks with the same text, and for a part of a
 * person's name on its own (the family name, or another name that is not a common given name).
 * @param ctx the document context
 * @param chunks all chunks
 * @param selected the proposals selected so far
 * @returns new proposals (cue 'doc-propagate')
 */
export function propagateNames(ctx: Context, chunks: Chunk[], selected: Proposal[]): Proposal[] {
  const byKey = new Map<string, { type: CandidateType; score: number }>();
  const add = (key: string, type: CandidateType, score: number): void => {
    const had = byKey.get(key);
    if (!had || had.score < score) byKey.set(key, { type, score });
  };
  const { lex } = ctx;
  for (const p of selected) {
    if (p.score < SOURCE_MIN || p.cue === 'doc-propagate' || p.cue === 'coordination') continue;
    add(spanText(ctx, p.first, p.last), p.type, p.score);
    if (p.type !== 'PERSON' || p.last === p.first) continue;
    for (let k = p.first; k <= p.last; k += 1) {
      const t = ctx.tokens[k];
      const w = lc(t);
      if (t.kind !== 'word' || !t.cap || w.length < 4 || lex.particles.has(w) || lex.prophetNames.has(w) || lex.honorifics.has(w)
        || lex.firstNames.has(w) && k !== p.last) continue;
      add(t.surface, 'PERSON', Math.min(p.score, k === p.last ? 0.7 : 0.65));
    }
  }
  const out: Proposal[] = [];
  for (const c of chunks) {
    const hit = byKey.get(spanText(ctx, c.first, c.last));
    if (hit) out.push({ first: c.first, last: c.last, type: hit.type, cue: 'doc-propagate', score: Math.min(0.8, hit.score), chunk: c });
  }
  return out;
}

/**
 * Give an untyped chunk the type of a confident neighbour it is coordinated with.
 * @param ctx the document context
 * @param chunks all chunks, in order
 * @param selected the proposals selected so far
 * @returns new proposals (cue 'coordination')
 */
export function coordinate(ctx: Context, chunks: Chunk[], selected: Proposal[]): Proposal[] {
  const typed = new Map<number, Proposal>();
  for (const p of selected) for (let k = p.first; k <= p.last; k += 1) if (p.score >= COORD_SCORE) typed.set(k, p);
  const out: Proposal[] = [];
  for (let n = 0; n + 1 < chunks.length; n += 1) {
    const a = chunks[n];
    const b = chunks[n + 1];
    const between = ctx.text.slice(ctx.tokens[a.last].end, ctx.tokens[b.first].start);
    const joiner = /^(?: and | or |, and |, or | & )$/.exec(between) ? 'and' : between === ', ' ? 'comma' : undefined;
    if (!joiner || ctx.tokens[a.first].sentence !== ctx.tokens[b.first].sentence) continue;
    const pa = typed.get(a.first);
    const pb = typed.get(b.first);
    const lend = (from: Proposal, to: Chunk): void => {
      if (from.score < COORD_MIN || from.first !== (from === pa ? a.first : b.first)) return;
      if (joiner === 'comma' && to.last !== to.first) return;
      const toWords = ctx.tokens.slice(to.first, to.last + 1).filter((t) => t.kind === 'word');
      if (toWords.length > 2 || (toWords.every((t) => t.upper) && !ctx.tokens[from.first].upper)) return;
      out.push({ first: to.first, last: to.last, type: from.type, cue: 'coordination', score: COORD_SCORE, chunk: to });
    };
    if (pa && !pb) lend(pa, b);
    if (pb && !pa) lend(pb, a);
  }
  return out;
}
