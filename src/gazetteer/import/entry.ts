/**
 * The gazetteer entry shape written by the importers (see gazetteers/README.md), with a fixed key
 * order so that JSONL output is byte-stable.
 */

/** Where an imported entry comes from: one record of one public list. */
export interface EntrySource {
  source: 'un' | 'ofac' | 'geonames';
  ref: string;
  /** The record's primary name exactly as the list writes it. */
  name: string;
}

/** One gazetteer entry as emitted by an importer. */
export interface ImportedEntry {
  id: string;
  type: 'ORG' | 'PERSON' | 'LOC';
  canonical: string;
  aliases?: string[];
  acronyms?: string[];
  weak_aliases?: string[];
  sources: EntrySource[];
  notes?: string;
  country?: string;
  population?: number;
  /** Name of the first-level administrative division (GeoNames admin1) a place lies in. */
  admin1?: string;
}

/**
 * Build an entry with keys in the README order, leaving out empty lists and undefined fields.
 * @param e entry fields in any order
 * @returns a new object whose key order is fixed
 */
export function orderEntry(e: ImportedEntry): ImportedEntry {
  const out: Record<string, unknown> = { id: e.id, type: e.type, canonical: e.canonical };
  if (e.aliases && e.aliases.length > 0) out.aliases = e.aliases;
  if (e.acronyms && e.acronyms.length > 0) out.acronyms = e.acronyms;
  if (e.weak_aliases && e.weak_aliases.length > 0) out.weak_aliases = e.weak_aliases;
  out.sources = e.sources.map((s) => ({ source: s.source, ref: s.ref, name: s.name }));
  if (e.notes !== undefined && e.notes !== '') out.notes = e.notes;
  if (e.country !== undefined) out.country = e.country;
  if (e.population !== undefined) out.population = e.population;
  if (e.admin1 !== undefined) out.admin1 = e.admin1;
  return out as unknown as ImportedEntry;
}

/** Compare two strings by UTF-16 code units (locale-independent, so output is the same everywhere). */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Serialise entries as JSONL: sorted by id (code-unit order), one entry per line, fixed key order.
 * @param entries entries in any order (not modified)
 * @returns file contents, ending in a newline when there is at least one entry
 */
export function entriesToJsonl(entries: readonly ImportedEntry[]): string {
  const sorted = [...entries].sort((a, b) => compareCodeUnits(a.id, b.id));
  return sorted.map((e) => JSON.stringify(orderEntry(e)) + '\n').join('');
}
