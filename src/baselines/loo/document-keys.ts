/**
 * Which gazetteer names occur in a text, by tanzeem's own match key: a name occurs when its folded
 * key tokens (`toKeyTokens`, transparent connectors dropped) appear in a row among the text's key
 * tokens; an acronym occurs when its case-sensitive tokens (`toAcronymTokens`, dots dropped) appear
 * in a row among the text's tokens.
 */
import { isAcronymShaped } from '../../gazetteer/compile.ts';
import { acronymKey, toAcronymTokens, toKeyTokens } from '../../text/match-key.ts';
import { tokenise } from '../../text/tokenise.ts';

/** A text prepared for occurrence tests. */
export interface DocumentKeys {
  /** Folded key tokens joined by single spaces, with a space at each end. */
  keys: string;
  /** Acronym keys of every token joined by single spaces, with a space at each end. */
  acronyms: string;
}

/** Prepare a text (normalised document text) for `nameOccurs`. */
export function documentKeys(text: string): DocumentKeys {
  return {
    keys: ` ${toKeyTokens(text).join(' ')} `,
    acronyms: ` ${tokenise(text).map((t) => acronymKey(t.surface)).filter((k) => k !== '').join(' ')} `,
  };
}

/**
 * Does the name occur in the text?
 * @param name a gazetteer name
 * @param acronym true for names listed under `acronyms` (acronym-shaped names are compared exactly too)
 * @param doc the text's keys
 * Note: a name with an empty key never occurs.
 */
export function nameOccurs(name: string, acronym: boolean, doc: DocumentKeys): boolean {
  if (acronym || isAcronymShaped(name)) {
    const toks = toAcronymTokens(name);
    return toks.length > 0 && doc.acronyms.includes(` ${toks.join(' ')} `);
  }
  const toks = toKeyTokens(name);
  return toks.length > 0 && doc.keys.includes(` ${toks.join(' ')} `);
}
