/**
 * The leave-one-document-out gazetteer: drop every curated name that only the held-out document
 * contains, so the gazetteer looks as if it had been written without reading that document.
 */
import type { GazetteerEntry } from '../../gazetteer/schema.ts';
import { nameOccurs, type DocumentKeys } from './document-keys.ts';

/** A name taken out of an entry. */
export interface RemovedName {
  id: string;
  name: string;
  field: 'canonical' | 'aliases' | 'acronyms' | 'weak_aliases';
}

/** The filtered entries and what was taken out. */
export interface FilterResult {
  entries: GazetteerEntry[];
  removed: RemovedName[];
  /** Ids of entries left with no canonical, alias or acronym (dropped, weak aliases and all). */
  dropped: string[];
}

/**
 * Remove the names specific to one document.
 * @param entries curated gazetteer entries
 * @param held the held-out document's keys
 * @param others the keys of every other seed document (the documents the gazetteer was written from)
 * @returns entries with those names removed. When the canonical goes, the first remaining alias
 *   (else acronym) becomes canonical, so the entry keeps the names it had minus the removed ones.
 * Note: a name counts as specific when it occurs in `held` and in none of `others`; names that
 *   occur nowhere are kept (they were not learned from the held-out document).
 */
export function filterGazetteer(entries: readonly GazetteerEntry[], held: DocumentKeys, others: readonly DocumentKeys[]): FilterResult {
  const removed: RemovedName[] = [];
  const dropped: string[] = [];
  const out: GazetteerEntry[] = [];
  const specific = (name: string, acronym: boolean): boolean => nameOccurs(name, acronym, held) && !others.some((o) => nameOccurs(name, acronym, o));
  for (const e of entries) {
    const keep = (field: RemovedName['field'], names: readonly string[] | undefined, acronym: boolean): string[] =>
      (names ?? []).filter((n) => {
        if (!specific(n, acronym)) return true;
        removed.push({ id: e.id, name: n, field });
        return false;
      });
    const canonical = keep('canonical', [e.canonical], false);
    const aliases = keep('aliases', e.aliases, false);
    const acronyms = keep('acronyms', e.acronyms, true);
    const weak = keep('weak_aliases', e.weak_aliases, false);
    const strong = [...canonical, ...aliases, ...acronyms];
    if (strong.length === 0) {
      dropped.push(e.id);
      continue;
    }
    const next: GazetteerEntry = { ...e, canonical: strong[0]! };
    if (canonical.length === 0 && aliases.length > 0) aliases.shift();
    else if (canonical.length === 0) acronyms.shift();
    if (e.aliases) next.aliases = aliases;
    if (e.acronyms) next.acronyms = acronyms;
    if (e.weak_aliases) next.weak_aliases = weak;
    out.push(next);
  }
  return { entries: out, removed, dropped };
}
