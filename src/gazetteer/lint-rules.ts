/**
 * Lint rules run on validated gazetteer records before merging. Each rule adds diagnostics;
 * any `fatal` one stops the run before a document is read.
 */
import type { Diagnostic } from '../types/diagnostic.ts';
import { toAcronymTokens, toMatchKey } from '../text/match-key.ts';
import type { GazetteerEntry } from './schema.ts';
import { sourceOf } from './merge-entries.ts';

export interface Located {
  entry: GazetteerEntry;
  file: string;
  line: number;
}

export type LintRule = (records: Located[], report: (d: Diagnostic) => void) => void;

const place = (r: Located) => ({ stage: 'gazetteer', file: r.file, line: r.line });

/** Two records may not share an id. */
export const duplicateIds: LintRule = (records, report) => {
  const first = new Map<string, Located>();
  for (const r of records) {
    const prev = first.get(r.entry.id);
    if (prev) report({ code: 'GAZETTEER_DUPLICATE_ID', severity: 'fatal', ...place(r), message: `id "${r.entry.id}" is already defined at ${prev.file}:${prev.line}`, fix: 'give this entry a new id, or merge the two entries' });
    else first.set(r.entry.id, r);
  }
};

/** A name must keep some letters after folding ("Al" alone folds to nothing). */
export const emptyKeys: LintRule = (records, report) => {
  for (const r of records) {
    for (const n of [r.entry.canonical, ...(r.entry.aliases ?? []), ...(r.entry.weak_aliases ?? [])]) {
      if (toMatchKey(n) === '') report({ code: 'GAZETTEER_EMPTY_NAME', severity: sourceOf(r.entry.id) === 'curated' ? 'fatal' : 'warn', ...place(r), message: `name "${n}" of ${r.entry.id} has no letters left after folding (only particles or punctuation)`, fix: 'remove the name or write it in full' });
    }
    for (const a of r.entry.acronyms ?? []) {
      if (toAcronymTokens(a).length === 0) report({ code: 'GAZETTEER_EMPTY_NAME', severity: 'fatal', ...place(r), message: `acronym "${a}" of ${r.entry.id} is empty`, fix: 'remove it' });
    }
  }
};

/**
 * Among curated records, one strong name key may belong to one entity only. Weak aliases may be
 * shared: context decides between them at match time.
 */
export const curatedKeyCollisions: LintRule = (records, report) => {
  const owner = new Map<string, Located>();
  for (const r of records) {
    if (sourceOf(r.entry.id) !== 'curated') continue;
    const merged = new Set(r.entry.same_as ?? []);
    const keys = new Set<string>();
    for (const n of [r.entry.canonical, ...(r.entry.aliases ?? [])]) keys.add(`n:${toMatchKey(n)}`);
    for (const a of r.entry.acronyms ?? []) keys.add(`a:${toAcronymTokens(a).join(' ')}`);
    for (const k of keys) {
      const prev = owner.get(k);
      if (prev && prev.entry.id !== r.entry.id && !merged.has(prev.entry.id) && !(prev.entry.same_as ?? []).includes(r.entry.id)) {
        report({ code: 'GAZETTEER_KEY_COLLISION', severity: 'fatal', ...place(r), message: `name key "${k.slice(2)}" of ${r.entry.id} is also claimed by ${prev.entry.id} (${prev.file}:${prev.line})`, fix: 'make it a weak_alias on both entries (context decides), or keep it on one entry only' });
      } else if (!prev) owner.set(k, r);
    }
  }
};

/** `never_merge` and `same_as` must not name the record itself. */
export const selfReferences: LintRule = (records, report) => {
  for (const r of records) {
    if ((r.entry.never_merge ?? []).includes(r.entry.id) || (r.entry.same_as ?? []).includes(r.entry.id)) report({ code: 'GAZETTEER_SCHEMA', severity: 'fatal', ...place(r), message: `${r.entry.id} refers to itself in never_merge or same_as`, fix: 'remove the self-reference' });
  }
};

/** The rules, in the order they run. */
export const LINT_RULES: LintRule[] = [duplicateIds, emptyKeys, curatedKeyCollisions, selfReferences];
