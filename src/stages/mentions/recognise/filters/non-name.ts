/**
 * Words that are not names on their own: demonyms and sects ("Pakistani", "Shia"), religious and
 * calendar words, titles alone, and a single common word typed only by loose context
 * ("Jihadists", "Caliphate"), and adherents ("Ba'athists"). A person's name does not start with a religious or calendar word
 * ("Eid al-Fitr").
 */
import { isCommon, lc, type Context } from '../context.ts';
import type { Token } from '../types.ts';
import { isStrongCue, joinedLower, spanWords, type Filter } from './filter.ts';

/** Adherents of a creed or party: "Ba'athist", "Islamists", "Marxist". */
const ADHERENT = /^\p{L}[\p{L}'’]{3,}ists?$/u;

function notAName(t: Token, ctx: Context): boolean {
  const w = lc(t);
  const { lex } = ctx;
  if (ADHERENT.test(w)) return true;
  return lex.demonyms.has(w) || lex.sects.has(w) || lex.religious.has(w) || lex.calendar.has(w) || lex.generic.has(w)
    || lex.titles.has(w) || lex.offices.has(w) || (lex.closedClass.has(w) && !t.upper) || lex.compass.has(w) || !t.cap && !t.upper;
}

/** Rejects demonyms, sects, religious/calendar words, titles alone and common single words. */
export const nonName: Filter = {
  name: 'non-name',
  rejects(p, ctx) {
    const words = spanWords(p, ctx);
    if (words.length === 0) return true;
    const whole = joinedLower(words);
    if (ctx.lex.demonyms.has(whole) || ctx.lex.sects.has(whole)) return true;
    if (words.every((t) => notAName(t, ctx)) && !(p.cue.startsWith('group-shape') && words.length > 1)
      && !p.cue.startsWith('acronym-defined') && !(p.cue.startsWith('lexicon:') && words.length > 1)) return true;
    if (p.type === 'PERSON' && (ctx.lex.religious.has(lc(words[0])) || ctx.lex.calendar.has(lc(words[0])))
      && !ctx.lex.honorifics.has(lc(words[0]))) return true;
    if (words.length === 1 && !words[0].upper && isCommon(words[0], ctx) && !isStrongCue(p.cue)) return true;
    return false;
  },
};
