/**
 * Media outlets are not ORG (ANNOTATION.md): a known outlet name, a name with a media word
 * ("Express Tribune", "Sunday Times", "Fox News", "Khaama Press"), or a source in a citation
 * "(Name, Month Day, Year)".
 */
import { after, before, lc } from '../context.ts';
import { chunkWordsOf, joinedLower, spanWords, type Filter } from './filter.ts';

/** Rejects media outlets and cited sources. */
export const media: Filter = {
  name: 'media',
  rejects(p, ctx) {
    const words = spanWords(p, ctx);
    const text = joinedLower(words);
    if (ctx.lex.mediaOutlets.has(text)) return true;
    const all = chunkWordsOf(p, ctx);
    const lastWord = all[all.length - 1];
    const placeNoun = p.cue.startsWith('place-suffix:') && lastWord && ctx.lex.placeSuffixes.has(lc(lastWord)) ? lastWord : undefined;
    if (all.some((t) => t !== placeNoun && t.cap && ctx.lex.mediaWords.has(lc(t)))) return true;
    const prev = before(ctx, p.first, 2);
    const opened = prev[0]?.surface === '(' || (prev[0]?.surface === 'The' && prev[1]?.surface === '(');
    if (!opened) return false;
    const next = after(ctx, p.last, 2);
    if (next[0]?.surface === ',' && next[1] && (ctx.lex.calendar.has(lc(next[1])) || next[1].kind === 'num')) return true;
    return false;
  },
};
