import { isDigit, isUpper } from '../chars.ts';
import { tokenStartBefore, wordAt } from '../tokens.ts';
import type { AbbreviationKind, BoundaryRule, CompiledConfig } from '../types.ts';

/** Dotted letter groups: U.S.A., Ph.D., a.k.a. — treated as `final` when not listed. */
const DOTTED = /^(?:\p{L}{1,2}\.){2,}$/u;

/**
 * Rule 5: a single '.' closing a known abbreviation.
 *
 * - `title` (Mr., Gen., St., e.g., vs., a.k.a.): never a boundary.
 * - `numeric` (No., p., Vol.): not a boundary before a digit; otherwise the word is ordinary.
 * - `final` (U.S., I.S., etc., Inc., Jr., Jan., unlisted dotted forms): a boundary only when the
 *   next word is a sentence starter (pronoun, determiner, conjunction, sentence adverb: "He",
 *   "The", "But", "However"); a proper noun, a lower-case word or a number continues the sentence.
 *   "in the U.S. He said" splits; "U.S. Defence Secretary" and "U.S. troops" do not.
 *
 * The token is also looked up after its last '-' or '/' ("Iraqi-U.S.") and after an inner '.'
 * ("Lt.Col.").
 */
export const abbreviation: BoundaryRule = {
  name: 'abbreviation',
  decide(c, { text, sentenceStart, blockEnd, config }) {
    if (c.punctEnd - c.punctStart !== 1 || text.charCodeAt(c.punctStart) !== 46) return undefined;
    const tokenStart = tokenStartBefore(text, c.punctStart, sentenceStart);
    if (tokenStart === c.punctStart) return undefined;
    const kind = classifyAbbreviation(text.slice(tokenStart, c.punctEnd), config);
    if (kind === 'title') return 'merge';
    if (kind === 'numeric') return isDigit(text.charCodeAt(c.next)) ? 'merge' : undefined;
    if (kind === 'final') return config.starters.has(wordAt(text, c.next, blockEnd)) ? 'split' : 'merge';
    return undefined;
  },
};

/**
 * How a token ending in '.' behaves as an abbreviation.
 * @param token the word with its final '.', e.g. "U.S.", "Iraqi-U.S.", "Gen."
 * @param config compiled lists
 * @returns the kind, or undefined when the token is an ordinary word
 */
export function classifyAbbreviation(token: string, config: CompiledConfig): AbbreviationKind | undefined {
  const direct = lookup(token, config);
  if (direct) return direct;
  const cut = Math.max(token.lastIndexOf('-'), token.lastIndexOf('/'), token.lastIndexOf('–'), token.lastIndexOf('—'));
  if (cut >= 0 && cut < token.length - 2) {
    const afterCut = lookup(token.slice(cut + 1), config);
    if (afterCut) return afterCut;
  }
  const dot = token.lastIndexOf('.', token.length - 2);
  if (dot >= 0 && token.length - dot > 3) return lookup(token.slice(dot + 1), config);
  return undefined;
}

function lookup(token: string, config: CompiledConfig): AbbreviationKind | undefined {
  const key = token.toLowerCase();
  const kind = config.abbreviations.get(key);
  if (kind) {
    return config.capitalisedOnly.has(key) && !isUpper(token.charCodeAt(0)) ? undefined : kind;
  }
  return DOTTED.test(token) ? 'final' : undefined;
}
