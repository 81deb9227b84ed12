/**
 * UN importer: consolidated.xml text → entries + report (pure; the command does the I/O).
 */
import { orderEntry, type ImportedEntry } from '../entry.ts';
import { bump, type ImportReport, countNames } from '../report.ts';
import { mapUnRecord } from './map-un-record.ts';
import { parseUnXml } from './parse-un-xml.ts';

/** Options of the UN importer. */
export interface UnImportOptions {
  /** Keep every UN list, not only Al-Qaida (QD*) and Taliban (TA*). */
  allProgrammes?: boolean;
}

/** The UN lists kept by default: the 1267/1989/2253 Al-Qaida/ISIL list and the 1988 Taliban list. */
export const UN_DEFAULT_LISTS: ReadonlySet<string> = new Set(['Al-Qaida', 'Taliban']);

/** The rules, written into the report so that a reader of the output knows them. */
export const UN_RULES: readonly string[] = [
  'keep UN_LIST_TYPE Al-Qaida and Taliban (QD*/TA* references) unless --all-programmes; others are counted under filtered',
  'ENTITY -> ORG, INDIVIDUAL -> PERSON; id un/<REFERENCE_NUMBER>; sources[0].name is the listed name verbatim',
  'canonical: listed name in readable case (upper-case words title-cased; connectors i/e/ul/al- lower; vowel-less words such as TTP kept); individuals join FIRST..FOURTH_NAME',
  'a trailing "(XX)" whose letters occur in order in the name, and " / XX", go to acronyms and out of the canonical; other parentheses stay in the canonical',
  'alias values are split on ";", " / ", enumerators and parentheses; non-Latin parts, notes ("original script", "third", "birth name") and lone titles are dropped and listed under dropped',
  'individual aliases of quality Low, one-word parenthesised variants and non-acronym names of <= 3 letters -> weak_aliases',
  'all-caps 2-3 letter forms -> acronyms; 4-6 letter all-caps forms (digits and inner hyphens allowed) -> acronyms only if their letters spell another name of the entry, else aliases; individual names are title-cased first, so only organisations get acronyms',
  'person names lose leading English titles and ranks (Dr., Lt. Col.); honorifics such as Mullah, Shaykh, Qari stay',
  'individual aliases written "Last, First" are reordered to "First Last"; organisation aliases are kept verbatim (the match key folds case)',
];

/**
 * Import the UN list.
 * @param xml contents of consolidated.xml
 * @param file path, for messages and the report
 * @param options see UnImportOptions
 * @returns entries (unsorted) and the report
 * @throws TanzeemError IMPORT_WRONG_FORMAT when the file is not the UN XML
 */
export function importUn(xml: string, file: string, options: UnImportOptions = {}): { entries: ImportedEntry[]; report: ImportReport } {
  const list = parseUnXml(xml, file);
  const report: ImportReport = {
    source: 'un',
    files: [file],
    snapshot: list.dateGenerated,
    options: { allProgrammes: options.allProgrammes === true },
    rules: [...UN_RULES],
    counts: {},
    filtered: {},
    unmapped: [],
    dropped: { byReason: {}, items: [] },
    warnings: [],
  };
  const entries: ImportedEntry[] = [];
  const byType: Record<string, number> = {};
  const byList: Record<string, number> = {};
  let duplicates = 0;
  for (const rec of list.records) {
    if (!options.allProgrammes && !UN_DEFAULT_LISTS.has(rec.listType)) {
      bump(report.filtered, `list ${rec.listType || '(none)'}`);
      continue;
    }
    const res = mapUnRecord(rec);
    for (const d of res.dropped) bump(report.dropped.byReason, d.reason);
    report.dropped.items.push(...res.dropped);
    if (!res.ok) {
      report.unmapped.push({ ref: rec.ref || `DATAID ${rec.dataId}`, file, name: rec.nameParts.join(' '), reason: res.reason });
      continue;
    }
    duplicates += res.duplicates;
    bump(byType, res.entry.type);
    bump(byList, rec.listType);
    entries.push(res.entry);
  }
  report.counts = {
    records: list.records.length,
    entries: entries.length,
    byType,
    byList,
    ...countNames(entries),
    duplicateNamesMerged: duplicates,
    unmapped: report.unmapped.length,
  };
  return { entries: entries.map(orderEntry), report };
}
