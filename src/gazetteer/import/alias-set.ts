/**
 * Collects the names of one entry, classifies them (alias, acronym, weak alias) and removes duplicates.
 */
import { isAcronym, isNameAcronym } from './acronym.ts';

/** How a name was offered. `weak` is kept weak even when it looks like an acronym. */
export type NameKind = 'alias' | 'acronym' | 'weak';

/** Names of one entry, in the order they were first offered. */
export interface CollectedNames {
  aliases: string[];
  acronyms: string[];
  weak_aliases: string[];
  /** How many offered names were duplicates (of the canonical or of another name). */
  duplicates: number;
}

const fold = (s: string): string => s.normalize('NFC').toLowerCase();

/**
 * Build a collector for one entry.
 * @param canonical the entry's canonical name; names equal to it (ignoring case) are not repeated
 * @returns `add(name, kind)` and `result()`
 * Note: rules, in order — an all-caps form of 2–3 letters offered as `alias` is an acronym (`LJ`,
 * `TTP`); one of 4–6 letters is an acronym only if its letters spell another name of the entry
 * (`LIFG` for Libyan Islamic Fighting Group), otherwise it is a word written in capitals (`SEPAH`,
 * `BASIJ`, `MINUF`) and stays a case-insensitive alias; a non-acronym of at most 3 letters offered as
 * `alias` becomes weak (`Jit`); a name that is both weak and strong is kept strong; acronyms compare
 * case-sensitively, other names ignoring case.
 */
export function createAliasSet(canonical: string): {
  add: (name: string, kind: NameKind) => void;
  result: () => CollectedNames;
} {
  const strong = new Map<string, string>();
  const weak = new Map<string, string>();
  const acronyms = new Set<string>();
  const pending: string[] = [];
  let duplicates = 0;
  const canon = fold(canonical);
  const add = (name: string, kind: NameKind | 'strong-word'): void => {
    const letters = name.replace(/[^\p{L}]/gu, '').length;
    let k = kind;
    if (k === 'alias' && isAcronym(name)) {
      if (letters > 3) {
        pending.push(name);
        return;
      }
      k = 'acronym';
    }
    if (k === 'alias' && letters <= 3) k = 'weak';
    if (k === 'acronym') {
      if (acronyms.has(name) || name === canonical) duplicates++;
      else acronyms.add(name);
      return;
    }
    const key = fold(name);
    if (key === canon || strong.has(key) || (k === 'weak' && weak.has(key))) {
      duplicates++;
      return;
    }
    if (k === 'alias' || k === 'strong-word') {
      if (weak.delete(key)) duplicates++;
      strong.set(key, name);
    } else weak.set(key, name);
  };
  const result = (): CollectedNames => {
    const others = [canonical, ...strong.values()];
    for (const name of pending.splice(0)) {
      add(name, others.some((n) => isNameAcronym(name, n)) ? 'acronym' : 'strong-word');
    }
    return { aliases: [...strong.values()], acronyms: [...acronyms], weak_aliases: [...weak.values()], duplicates };
  };
  return { add, result };
}
