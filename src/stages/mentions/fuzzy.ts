/**
 * Fuzzy token lookup: which gazetteer vocabulary tokens is a text token a misspelling or
 * transliteration variant of? Candidates share the consonant signature (vowel changes and
 * transpositions keep it) or differ by one consonant (signature deletion neighbourhoods on both sides);
 * common English words are never looked up, and a vocabulary word plus a suffix (a demonym or a
 * plural) is not a variant of it; each is verified by the weighted edit
 * distance within the length-aware budget, and must start with the same letter.
 */
import { consonantSignature } from '../../text/match-key.ts';
import { editBudget, weightedDistance } from '../../text/edit-distance.ts';
import type { CompiledGazetteer } from '../../gazetteer/compile.ts';

const SUFFIXES = ['ians', 'ian', 'ans', 'an', 'is', 'es', 'i', 's'];

/**
 * Is `key` a derived form of `cand` rather than a variant spelling: the name plus a demonym, nisba
 * or plural suffix (Khorasani from Khorasan, Pakistanis from Pakistan, Afghans from Afghan)?
 */
export function derivedForm(key: string, cand: string): boolean {
  for (const suf of SUFFIXES) {
    if (key.endsWith(suf) && !cand.endsWith(suf) && key.length - suf.length >= 4) {
      if (weightedDistance(key.slice(0, -suf.length), cand, 0.5) <= 0.5) return true;
    }
  }
  return false;
}

export interface FuzzyAlt {
  key: string;
  cost: number;
}

/**
 * Create a cached lookup over one compiled gazetteer.
 * @returns key → alternatives sorted by cost then key (empty when the key is in the vocabulary or too short)
 */
export function createFuzzyLookup(gaz: CompiledGazetteer): (key: string) => FuzzyAlt[] {
  const cache = new Map<string, FuzzyAlt[]>();
  return (key) => {
    const hit = cache.get(key);
    if (hit) return hit;
    let out: FuzzyAlt[] = [];
    const budget = editBudget(key.length);
    // a token of the vocabulary may still be a variant of another name's token ("Laskar" is a
    // vocabulary word through "Laskar 99", and a misspelling of "Lashkar"): the scan asks only
    // where no exact step exists
    if (budget > 0 && !gaz.common.has(key) && !/\d/.test(key)) {
      const sig = consonantSignature(key);
      const sigs = new Set([sig]);
      for (let i = 0; i < sig.length; i++) sigs.add(sig.slice(0, i) + sig.slice(i + 1));
      const seen = new Set<string>();
      for (const s of sigs) {
        for (const cand of gaz.signatures.get(s) ?? []) {
          // same first letter; and not a vocabulary word plus a suffix (Pakistanis, Afghans: demonyms and plurals)
          if (seen.has(cand) || cand[0] !== key[0] || key.startsWith(cand)) continue;
          seen.add(cand);
          const d = weightedDistance(key, cand, editBudget(Math.max(key.length, cand.length)));
          if (d !== Infinity && d > 0 && !derivedForm(key, cand)) out.push({ key: cand, cost: d });
        }
      }
      out.sort((a, b) => a.cost - b.cost || (a.key < b.key ? -1 : 1));
      out = out.slice(0, 4);
    }
    if (cache.size > 100_000) cache.clear();
    cache.set(key, out);
    return out;
  };
}
