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

/** The surfaces of `words` joined by single spaces, lower-cased. */
export function joinedLower(words: Token[]): string {
  let s = '';
  for (let i = 0; i < words.length; i += 1) s += i === 0 ? words[i].surface : ` ${words[i].surface}`;
  return s.toLowerCase();
}

/** Word tokens of a proposal's span. */
export function spanWords(p: Proposal, ctx: Context): Token[] {
  return wordsBetween(ctx.tokens, p.first, p.last);
}

function wordsBetween(tokens: Token[], first: number, last: number): Token[] {
  const out: Token[] = [];
  for (let k = Math.max(first, 0); k <= last && k < tokens.length; k += 1) if (tokens[k].kind === 'word') out.push(tokens[k]);
  return out;
}

/** Word tokens of the proposal's whole chunk (or of its span when it has no chunk). */
export function chunkWordsOf(p: Proposal, ctx: Context): Token[] {
  const first = p.chunk ? Math.min(p.chunk.first, p.first) : p.first;
  const last = p.chunk ? Math.max(p.chunk.last, p.last) : p.last;
  return wordsBetween(ctx.tokens, first, last);
}
