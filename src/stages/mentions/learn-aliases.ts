/**
 * Aliases a document teaches about itself (GATE OrthoMatcher-style), applied within that document:
 *  - acronym definitions: "Lashkar-e-Islam (LeI)" — an acronym-shaped token in brackets right after
 *    a mention becomes that entity's acronym for the rest of the document;
 *  - person short forms: after "Maulana Mohammad Ahmed Ludhianvi", a lone "Ludhianvi" (capitalised)
 *    is the same man; after "Donald Rumsfeld", "Mr Rumsfeld". A surname shared by two people in the
 *    document teaches nothing.
 */
import { tokensIn, type DocToken } from './doc-tokens.ts';

export interface Resolved {
  start: number;
  end: number;
  sentence: number;
  entityId: string;
  canonical: string;
  type: string;
  method: 'exact' | 'variant' | 'fuzzy' | 'acronym' | 'short-form' | 'ner';
  alias?: string;
  cost?: number;
  ambiguous?: string[];
}

export interface Learned {
  /** case-sensitive acronym → mention it was defined by */
  acronyms: Map<string, Resolved>;
  /** folded surname key → the person mention that taught it */
  surnames: Map<string, Resolved>;
}

const ACRONYM_DEF_RE = /^\s*\(\s*([\p{Lu}][\p{L}\d.-]{1,8})\s*\)/u;
const HONORIFIC_KEYS = new Set(['mula', 'maulana', 'molana', 'kari', 'hafiz', 'haji', 'sheik', 'shaik', 'mufti', 'maulvi', 'mr', 'mrs', 'dr', 'syed', 'sayed', 'pir', 'sahib', 'abu', 'bin', 'ibn', 'abdul', 'muhamad', 'mohamed', 'muhammad']);

/**
 * @param mentions mentions already accepted in the document
 * @param tokens the document's tokens
 * @param text normalised text
 */
export function learnAliases(mentions: Resolved[], tokens: DocToken[], text: string): Learned {
  const acronyms = new Map<string, Resolved>();
  const surnames = new Map<string, Resolved>();
  const clash = new Set<string>();
  for (const m of mentions) {
    if (m.ambiguous) continue;
    const def = ACRONYM_DEF_RE.exec(text.slice(m.end, m.end + 16));
    if (def && (def[1]!.match(/\p{Lu}/gu) ?? []).length >= 2) {
      const acr = def[1]!.replace(/\./g, '');
      if (!acronyms.has(acr)) acronyms.set(acr, m);
    }
    if (m.type !== 'PERSON') continue;
    const toks = tokensIn(tokens, m.start, m.end).filter((t) => !t.transparent);
    if (toks.length < 2) continue;
    const last = toks[toks.length - 1]!;
    if (last.key.length < 3 || HONORIFIC_KEYS.has(last.key) || !last.upper) continue;
    const prev = surnames.get(last.key);
    if (prev && prev.entityId !== m.entityId) clash.add(last.key);
    else surnames.set(last.key, m);
  }
  for (const k of clash) surnames.delete(k);
  return { acronyms, surnames };
}
