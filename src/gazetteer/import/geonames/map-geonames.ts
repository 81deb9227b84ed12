/**
 * Map GeoNames rows (cities and admin1 divisions) to LOC entries (pure).
 */
import { createAliasSet } from '../alias-set.ts';
import type { ImportedEntry } from '../entry.ts';
import type { DroppedName } from '../report.ts';
import { isLatinName } from '../script.ts';
import { dropReason } from './filter-alternate.ts';
import type { Admin1Row, GeoNamesRow } from './parse-geonames-tsv.ts';

/**
 * Map a populated place.
 * @param row the cities row
 * @param admin1Names `CC.code` → admin1 name, for the `admin1` field
 * @param stoplist common English words (see filter-alternate.ts)
 * @returns the entry and the alternates dropped, with reasons
 * Note: canonical is `name` (diacritics kept); `asciiname` is always an alias when it differs;
 * alternates pass `dropReason`. If `name` is not Latin script, `asciiname` becomes the canonical.
 */
export function mapCity(
  row: GeoNamesRow,
  admin1Names: ReadonlyMap<string, string>,
  stoplist: ReadonlySet<string>,
): { entry: ImportedEntry; dropped: DroppedName[]; duplicates: number } {
  const dropped: DroppedName[] = [];
  const canonical = isLatinName(row.name) || row.asciiname === '' ? row.name : row.asciiname;
  const names = createAliasSet(canonical);
  if (row.asciiname !== '' && row.asciiname !== canonical) names.add(row.asciiname, 'alias');
  for (const alt of row.alternates) {
    const reason = dropReason(alt, stoplist);
    if (reason === null) names.add(alt.trim(), 'alias');
    else if (reason !== 'empty') dropped.push({ ref: row.geonameid, value: alt, reason });
  }
  const got = names.result();
  const admin1 = admin1Names.get(`${row.country}.${row.admin1Code}`);
  const entry: ImportedEntry = {
    id: `geonames/${row.geonameid}`,
    type: 'LOC',
    canonical,
    aliases: got.aliases,
    acronyms: got.acronyms,
    weak_aliases: got.weak_aliases,
    sources: [{ source: 'geonames', ref: row.geonameid, name: row.name }],
    country: row.country,
    ...(row.population > 0 ? { population: row.population } : {}),
    ...(admin1 !== undefined ? { admin1 } : {}),
  };
  return { entry, dropped, duplicates: got.duplicates };
}

/** Generic words added to an admin1 name, per country: `Kabul Province`, `Nineveh Governorate`. */
const ADMIN1_SUFFIXES: Record<string, readonly string[]> = {
  AF: ['Province'],
  PK: ['Province'],
  IQ: ['Governorate', 'Province'],
  SY: ['Governorate'],
};

/** Pakistani admin1 units that are not provinces: Azad Kashmir, Gilgit-Baltistan, Islamabad. */
const NOT_PROVINCES = new Set(['PK.06', 'PK.07', 'PK.08']);

/**
 * Map a first-level administrative division (province, governorate).
 * @param row the admin1 row
 * @returns the LOC entry
 * Note: aliases are `asciiname` when it differs, the name without a trailing `Province`/`Governorate`
 * (`Maidan Wardak Province` → `Maidan Wardak`), and the bare name plus the country's usual suffix
 * (`Kabul Province`), which tells the province from its capital city.
 */
export function mapAdmin1(row: Admin1Row): ImportedEntry {
  const names = createAliasSet(row.name);
  if (row.asciiname !== row.name) names.add(row.asciiname, 'alias');
  const base = row.name.replace(/\s+(Province|Governorate)$/i, '');
  if (base !== row.name) names.add(base, 'alias');
  const suffixes = NOT_PROVINCES.has(row.code) ? [] : (ADMIN1_SUFFIXES[row.country] ?? []);
  for (const s of suffixes) names.add(`${base} ${s}`, 'alias');
  const got = names.result();
  return {
    id: `geonames/${row.geonameid}`,
    type: 'LOC',
    canonical: row.name,
    aliases: got.aliases,
    acronyms: got.acronyms,
    weak_aliases: got.weak_aliases,
    sources: [{ source: 'geonames', ref: row.geonameid, name: row.name }],
    notes: `first-level administrative division ${row.code}`,
    country: row.country,
  };
}
