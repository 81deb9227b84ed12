/**
 * OFAC importer: sdn.csv (+ alt.csv) text → entries + report (pure; the command does the I/O).
 */
import { orderEntry, type ImportedEntry } from '../entry.ts';
import { bump, type ImportReport, countNames } from '../report.ts';
import { mapOfacRecord } from './map-ofac-record.ts';
import { parseAltCsv, parseSdnCsv, type AltRow } from './parse-ofac-csv.ts';

/** Options of the OFAC importer. */
export interface OfacImportOptions {
  /** Keep every programme, not only records tagged SDGT or FTO. */
  allProgrammes?: boolean;
}

/** Programmes kept by default: Specially Designated Global Terrorists and Foreign Terrorist Organizations. */
export const OFAC_DEFAULT_PROGRAMMES: ReadonlySet<string> = new Set(['SDGT', 'FTO']);

/** The rules, written into the report. */
export const OFAC_RULES: readonly string[] = [
  'keep sdn.csv records whose Program list contains SDGT or FTO unless --all-programmes; others are counted under filtered',
  'SDN_Type -0- (entity) -> ORG, individual -> PERSON; vessel and aircraft are listed under unmapped',
  'id ofac/<ent_num>; sources[0].name is SDN_Name verbatim; notes carry the programmes',
  'canonical: entities as the UN importer (readable case, trailing acronym in parentheses -> acronyms); individuals "LAST, First" -> "First Last" in readable case, leading English titles (Dr., Lt. Col.) removed',
  'aliases: alt.csv rows (aka, fka, nka) joined on ent_num; organisation aliases verbatim, person aliases reordered and title-cased; all-caps 2-3 letter forms, and 4-6 letter ones that spell another name of the entry -> acronyms',
  "weak_aliases: a.k.a. 'X' in the Remarks column (OFAC's weak aliases, not in alt.csv), and non-acronym names of <= 3 letters",
  'alt.csv rows whose ent_num has no sdn.csv record (designated after the sdn.csv snapshot) are not imported: their type and programme are unknown. Each such ent_num is listed under unmapped with its first alias',
  'null fields (-0-), CRLF line endings and the trailing 0x1A byte are handled; rows with the wrong column count are listed under unmapped',
];

/**
 * Import OFAC SDN.
 * @param sdn contents of sdn.csv; `sdnFile` its path
 * @param alt contents of alt.csv and its path, or undefined to import without aliases
 * @param options see OfacImportOptions
 * @returns entries (unsorted) and the report
 * @throws TanzeemError IMPORT_WRONG_FORMAT when a file is not the expected OFAC CSV
 */
export function importOfac(
  sdn: { text: string; file: string },
  alt: { text: string; file: string } | undefined,
  options: OfacImportOptions = {},
): { entries: ImportedEntry[]; report: ImportReport } {
  const primary = parseSdnCsv(sdn.text, sdn.file);
  const aliases = alt ? parseAltCsv(alt.text, alt.file) : { rows: [], bad: [] };
  const report: ImportReport = {
    source: 'ofac',
    files: alt ? [sdn.file, alt.file] : [sdn.file],
    options: { allProgrammes: options.allProgrammes === true, alt: alt !== undefined },
    rules: [...OFAC_RULES],
    counts: {},
    filtered: {},
    unmapped: [],
    dropped: { byReason: {}, items: [] },
    warnings: alt ? [] : ['no alt.csv given: entries carry only names from sdn.csv (pass --alt data/ofac-sdn/alt.csv)'],
  };
  for (const b of primary.bad) report.unmapped.push({ ref: `line ${b.line}`, line: b.line, file: sdn.file, name: b.value, reason: b.reason });
  for (const b of aliases.bad) report.unmapped.push({ ref: `line ${b.line}`, line: b.line, file: alt!.file, name: b.value, reason: b.reason });
  const altsByEnt = new Map<string, AltRow[]>();
  for (const a of aliases.rows) {
    const list = altsByEnt.get(a.entNum);
    if (list) list.push(a);
    else altsByEnt.set(a.entNum, [a]);
  }
  const entries: ImportedEntry[] = [];
  const byType: Record<string, number> = {};
  const known = new Set<string>();
  let duplicates = 0;
  let aliasRowsUsed = 0;
  for (const row of primary.rows) {
    known.add(row.entNum);
    if (!options.allProgrammes && !row.programs.some((p) => OFAC_DEFAULT_PROGRAMMES.has(p))) {
      bump(report.filtered, 'programme not SDGT/FTO');
      continue;
    }
    const alts = altsByEnt.get(row.entNum) ?? [];
    const res = mapOfacRecord(row, alts);
    for (const d of res.dropped) bump(report.dropped.byReason, d.reason);
    report.dropped.items.push(...res.dropped);
    if (!res.ok) {
      report.unmapped.push({ ref: row.entNum, line: row.line, file: sdn.file, name: row.name, reason: res.reason });
      continue;
    }
    aliasRowsUsed += alts.length;
    duplicates += res.duplicates;
    bump(byType, res.entry.type);
    entries.push(res.entry);
  }
  let orphanRows = 0;
  for (const [entNum, rows] of altsByEnt) {
    if (known.has(entNum)) continue;
    orphanRows += rows.length;
    report.unmapped.push({ ref: entNum, line: rows[0]!.line, file: alt!.file, name: rows[0]!.altName, reason: 'alias-only: no sdn.csv record' });
  }
  report.counts = {
    sdnRecords: primary.rows.length,
    altRows: aliases.rows.length,
    altRowsUsed: aliasRowsUsed,
    altRowsWithoutPrimary: orphanRows,
    entries: entries.length,
    byType,
    ...countNames(entries),
    duplicateNamesMerged: duplicates,
    unmapped: report.unmapped.length,
  };
  const reasons: Record<string, number> = {};
  for (const u of report.unmapped) bump(reasons, u.reason);
  report.counts.unmappedByReason = reasons;
  return { entries: entries.map(orderEntry), report };
}
