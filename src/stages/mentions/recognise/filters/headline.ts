/**
 * Headlines capitalise every word, so a name there needs a strong cue (its own shape, a title, the
 * lexicon, or the same name found elsewhere); lines in capitals ("LEAVE A REPLY") yield nothing but
 * group names; a sentence-initial single word needs wink-nlp to call it a proper noun.
 */
import { posOf } from '../context.ts';
import { spanWords, isStrongCue, type Filter } from './filter.ts';

/** Rejects weakly cued names in headlines, all-caps runs and sentence-initial common words. */
export const headline: Filter = {
  name: 'headline',
  rejects(p, ctx) {
    const words = spanWords(p, ctx);
    if (words.some((t) => t.headline) && !isStrongCue(p.cue)) return true;
    if (words.length > 1 && words.every((t) => t.upper) && !p.cue.startsWith('group-shape') && p.cue !== 'dateline') return true;
    if (words.length === 1 && words[0].sentenceStart && !isStrongCue(p.cue) && !words[0].upper) {
      const pos = posOf(words[0], ctx);
      if (pos !== undefined && pos !== 'PROPN') return true;
    }
    return false;
  },
};
