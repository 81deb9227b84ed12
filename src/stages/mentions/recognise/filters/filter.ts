/**
 * The shape of a negative filter, and the cues strong enough to pass the weaker filters.
 */
import type { Context } from '../context.ts';
import type { Proposal, Token } from '../types.ts';

/** A negative filter: rejects a proposal, for a reason it is named after. */
export interface Filter {
  name: string;
  rejects(p: Proposal, ctx: Context): boolean;
}

const STRONG = /^(?:group-shape|acronym-defined|honorific|particle|title|lexicon:(?:country|place|place-part)|doc-propagate|org-head|place-suffix|place-of|place-shape|dateline|byline)/;

/** True for cues that rest on the name's own shape or a title, not on loose context. */
export function isStrongCue(cue: string): boolean {
  return STRONG.test(cue);
}

/** Word tokens of a proposal's span. */
export function spanWords(p: Proposal, ctx: Context): Token[] {
  return ctx.tokens.slice(p.first, p.last + 1).filter((t) => t.kind === 'word');
}

/** Word tokens of the proposal's whole chunk (or of its span when it has no chunk). */
export function chunkWordsOf(p: Proposal, ctx: Context): Token[] {
  const first = p.chunk ? Math.min(p.chunk.first, p.first) : p.first;
  const last = p.chunk ? Math.max(p.chunk.last, p.last) : p.last;
  return ctx.tokens.slice(first, last + 1).filter((t) => t.kind === 'word');
}
