/**
 * The report every importer writes beside its JSONL: counts, every record it could not map (with the
 * reason) and every name it dropped (with the reason). Nothing is dropped silently.
 */

/** A source record that produced no entry, other than by the documented programme/country filter. */
export interface UnmappedRecord {
  ref: string;
  /** 1-based line in `file`, when the format has lines. */
  line?: number;
  file: string;
  name?: string;
  reason: string;
}

/** A name (alias fragment, alternate name) that was not emitted. */
export interface DroppedName {
  ref: string;
  value: string;
  reason: string;
}

/** The whole report; key order is fixed by `orderReport`. */
export interface ImportReport {
  source: string;
  files: string[];
  /** Snapshot date or other identification taken from the input, never the wall clock. */
  snapshot?: string;
  options: Record<string, unknown>;
  rules: string[];
  counts: Record<string, number | Record<string, number>>;
  filtered: Record<string, number>;
  unmapped: UnmappedRecord[];
  dropped: { byReason: Record<string, number>; items: DroppedName[] };
  warnings: string[];
}

/** Increment `map[key]` by `n` (1 by default). */
export function bump(map: Record<string, number>, key: string, n = 1): void {
  map[key] = (map[key] ?? 0) + n;
}

/** Return a copy of a count map with keys in code-unit order, so reports are byte-stable. */
export function sortedCounts(map: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of Object.keys(map).sort()) out[k] = map[k]!;
  return out;
}

/**
 * Serialise a report as pretty JSON with a fixed key order and sorted count maps.
 * @param r the report
 * @returns JSON text ending in a newline
 */
export function reportToJson(r: ImportReport): string {
  const counts: ImportReport['counts'] = {};
  for (const [k, v] of Object.entries(r.counts)) counts[k] = typeof v === 'number' ? v : sortedCounts(v);
  const ordered: ImportReport = {
    source: r.source,
    files: r.files,
    ...(r.snapshot !== undefined ? { snapshot: r.snapshot } : {}),
    options: r.options,
    rules: r.rules,
    counts,
    filtered: sortedCounts(r.filtered),
    unmapped: r.unmapped,
    dropped: { byReason: sortedCounts(r.dropped.byReason), items: r.dropped.items },
    warnings: r.warnings,
  };
  return JSON.stringify(ordered, null, 2) + '\n';
}

/** Name counts of imported entries, as every importer reports them. */
export function countNames(entries: ReadonlyArray<{ aliases?: string[]; acronyms?: string[]; weak_aliases?: string[] }>): { aliases: number; acronyms: number; weak_aliases: number } {
  let aliases = 0;
  let acronyms = 0;
  let weak = 0;
  for (const e of entries) {
    aliases += e.aliases?.length ?? 0;
    acronyms += e.acronyms?.length ?? 0;
    weak += e.weak_aliases?.length ?? 0;
  }
  return { aliases, acronyms, weak_aliases: weak };
}
