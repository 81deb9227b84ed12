/**
 * GeoNames importer: cities (+ admin1) text → LOC entries + report (pure; the command does the I/O).
 */
import { orderEntry, type ImportedEntry } from '../entry.ts';
import { bump, type ImportReport, countNames } from '../report.ts';
import { mapAdmin1, mapCity } from './map-geonames.ts';
import { parseAdmin1Tsv, parseCitiesTsv } from './parse-geonames-tsv.ts';

/** Options of the GeoNames importer. */
export interface GeonamesImportOptions {
  /** Countries kept (ISO 3166-1 alpha-2). Default PK, AF, IQ, SY. Ignored in bench mode. */
  countries?: readonly string[];
  /** Bench mode: every city of every country, no admin1 entries (admin1 still names the `admin1` field). */
  bench?: boolean;
}

/** Countries of the default gazetteer. */
export const GEONAMES_DEFAULT_COUNTRIES: readonly string[] = ['PK', 'AF', 'IQ', 'SY'];

/** Drop reasons whose every occurrence is listed in the report (the others are only counted). */
const LISTED_REASONS = new Set(['airport-code', 'lowercase-romanisation', 'english-word']);
/** In bench mode (the whole world) only the English-word drops are listed, to keep the report small. */
const LISTED_REASONS_BENCH = new Set(['english-word']);

/** The rules, written into the report. */
export const GEONAMES_RULES: readonly string[] = [
  'cities: id geonames/<geonameid>, type LOC, canonical = name (diacritics kept), asciiname an alias when it differs; fields country, population (when > 0), admin1 (admin1 name from admin1CodesASCII.txt)',
  'alternate names kept only if Latin script; dropped: all-caps 3-4 letters (airport codes), no capital letter at all (lower-case romanisations such as "zrnj", "ta lu kan"), a whole-name match of the 5,000 commonest lower-case English words (data/english-stoplist/)',
  'name and asciiname are never dropped, even when they are English words (see warnings)',
  'admin1 divisions of the kept countries: id geonames/<geonameid>, canonical = name; aliases asciiname, the name without "Province"/"Governorate", and "<name> Province" (AF, PK provinces, IQ) / "<name> Governorate" (IQ, SY)',
  'default: only PK, AF, IQ, SY (others counted under filtered); --bench: every country, cities only',
  'duplicate names (same as the canonical or another alias, ignoring case) are merged and counted; dropped alternates are counted by reason, and listed for airport-code, lowercase-romanisation and english-word (in --bench mode for english-word only)',
];

/**
 * Import GeoNames places.
 * @param cities cities file contents and path
 * @param admin1 admin1CodesASCII.txt contents and path, or undefined (then no admin1 field or entries)
 * @param stoplist common English words, lower case
 * @param options see GeonamesImportOptions
 * @returns entries (unsorted) and the report
 * @throws TanzeemError IMPORT_WRONG_FORMAT when a file is not the expected GeoNames dump
 */
export function importGeonames(
  cities: { text: string; file: string },
  admin1: { text: string; file: string } | undefined,
  stoplist: { words: ReadonlySet<string>; file: string },
  options: GeonamesImportOptions = {},
): { entries: ImportedEntry[]; report: ImportReport } {
  const bench = options.bench === true;
  const countries = new Set(options.countries ?? GEONAMES_DEFAULT_COUNTRIES);
  const parsed = parseCitiesTsv(cities.text, cities.file);
  const adm = admin1 ? parseAdmin1Tsv(admin1.text, admin1.file) : { rows: [], bad: [] };
  const report: ImportReport = {
    source: 'geonames',
    files: [cities.file, ...(admin1 ? [admin1.file] : []), stoplist.file],
    options: { bench, countries: bench ? 'all' : [...countries] },
    rules: [...GEONAMES_RULES],
    counts: {},
    filtered: {},
    unmapped: [],
    dropped: { byReason: {}, items: [] },
    warnings: admin1 ? [] : ['no admin1 file given: no admin1 field and no admin1 entries'],
  };
  for (const b of parsed.bad) report.unmapped.push({ ref: `line ${b.line}`, line: b.line, file: cities.file, name: b.value, reason: b.reason });
  for (const b of adm.bad) report.unmapped.push({ ref: `line ${b.line}`, line: b.line, file: admin1!.file, name: b.value, reason: b.reason });
  const admin1Names = new Map(adm.rows.map((r) => [r.code, r.name]));
  const entries: ImportedEntry[] = [];
  const byCountry: Record<string, number> = {};
  let duplicates = 0;
  let missingAdmin1 = 0;
  const englishCanonicals: string[] = [];
  for (const row of parsed.rows) {
    if (!bench && !countries.has(row.country)) {
      bump(report.filtered, `country ${row.country}`);
      continue;
    }
    const res = mapCity(row, admin1Names, stoplist.words);
    for (const d of res.dropped) {
      bump(report.dropped.byReason, d.reason);
      if ((bench ? LISTED_REASONS_BENCH : LISTED_REASONS).has(d.reason)) report.dropped.items.push(d);
    }
    if (admin1 && res.entry.admin1 === undefined) missingAdmin1++;
    if (stoplist.words.has(res.entry.canonical.toLowerCase())) englishCanonicals.push(`${res.entry.id} ${res.entry.canonical}`);
    duplicates += res.duplicates;
    bump(byCountry, row.country);
    entries.push(res.entry);
  }
  let admin1Entries = 0;
  if (!bench) {
    for (const row of adm.rows) {
      if (!countries.has(row.country)) continue;
      entries.push(mapAdmin1(row));
      admin1Entries++;
    }
  }
  if (missingAdmin1 > 0) report.warnings.push(`${missingAdmin1} place(s) have an admin1 code not in the admin1 file: no admin1 field`);
  if (englishCanonicals.length > 0) {
    report.warnings.push(`canonical names that are common English words (kept; the loader should treat them with care): ${englishCanonicals.join('; ')}`);
  }
  report.counts = {
    cityRows: parsed.rows.length,
    admin1Rows: adm.rows.length,
    entries: entries.length,
    cities: entries.length - admin1Entries,
    admin1: admin1Entries,
    byCountry,
    alternates: parsed.rows.filter((r) => bench || countries.has(r.country)).reduce((n, r) => n + r.alternates.length, 0),
    ...countNames(entries),
    duplicateNamesMerged: duplicates,
    unmapped: report.unmapped.length,
  };
  return { entries: entries.map(orderEntry), report };
}
