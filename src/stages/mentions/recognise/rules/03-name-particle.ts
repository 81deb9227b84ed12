/**
 * PERSON from Arabic name particles: "bin"/"ibn" between names, a kunya or theophoric start ("Abu",
 * "Abdul", "Umm"), the Prophet's name followed by more names, or "Name al-Name".
 */
import { lc } from '../context.ts';
import type { Proposal } from '../types.ts';
import { chunkWords, hasGroupMorpheme, isLexiconPlace, propose, type Rule } from './rule.ts';

/** PERSON from bin/ibn, Abu/Abdul, the Prophet's name, or "Name al-Name". */
export const nameParticle: Rule = {
  name: 'particle',
  apply(chunk, ctx): Proposal[] {
    const words = chunkWords(chunk, ctx);
    if (words.length < 2 || isLexiconPlace(chunk, ctx) || hasGroupMorpheme(words, ctx)) return [];
    const { lex } = ctx;
    const w = words.map(lc);
    const capAfter = (i: number): boolean => i + 1 < words.length && words[i + 1].cap;
    if (w.some((x, i) => (x === 'bin' || x === 'ibn' || x === 'bint') && capAfter(i))) return [propose(chunk, 'PERSON', 'particle:bin', 0.85)];
    if (lex.particles.has(w[0]) && words[0].cap && capAfter(0)) return [propose(chunk, 'PERSON', 'particle:abu', 0.8)];
    if (lex.prophetNames.has(w[0]) && capAfter(0)) return [propose(chunk, 'PERSON', 'particle:muhammad', 0.75)];
    const alIdx = w.findIndex((x, i) => i > 0 && lex.articleParticles.has(x));
    if (alIdx > 0 && words[0].cap && !lex.articleParticles.has(w[0]) && capAfter(alIdx)) {
      return [propose(chunk, 'PERSON', 'particle:al', 0.7)];
    }
    return [];
  },
};
