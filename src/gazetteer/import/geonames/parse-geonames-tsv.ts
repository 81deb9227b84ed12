/**
 * Parse GeoNames dump files: `cities15000*.txt` (19 tab-separated columns) and `admin1CodesASCII.txt`
 * (`CC.code<TAB>name<TAB>asciiname<TAB>geonameid`).
 */
import { excerpt, wrongFormat } from '../wrong-format.ts';

/** The columns of a GeoNames place row that the importer uses. */
export interface GeoNamesRow {
  geonameid: string;
  name: string;
  asciiname: string;
  alternates: string[];
  featureCode: string;
  country: string;
  admin1Code: string;
  population: number;
  line: number;
}

/** One first-level administrative division. */
export interface Admin1Row {
  /** `PK.02` */
  code: string;
  country: string;
  name: string;
  asciiname: string;
  geonameid: string;
  line: number;
}

/** A line that could not be read, kept for the report. */
export interface BadLine {
  line: number;
  reason: string;
  value: string;
}

function lines(text: string): { value: string; line: number }[] {
  return text
    .replace(/^\uFEFF/, '')
    .split('\n')
    .map((value, i) => ({ value: value.replace(/\r$/, ''), line: i + 1 }))
    .filter((l) => l.value.trim() !== '' && !l.value.startsWith('#'));
}

/**
 * Parse a cities file (any GeoNames `geoname` table dump).
 * @param text file contents (already gunzipped)
 * @param file path for messages
 * @returns rows and unreadable lines
 * @throws TanzeemError IMPORT_WRONG_FORMAT unless the first line has 19 tab-separated columns and a numeric id
 */
export function parseCitiesTsv(text: string, file: string): { rows: GeoNamesRow[]; bad: BadLine[] } {
  const all = lines(text);
  const ok = (cols: string[]): boolean => cols.length === 19 && /^\d+$/.test(cols[0]!) && /^[A-Z]{2}$/.test(cols[8]!);
  const first = all[0];
  if (!first || !ok(first.value.split('\t'))) {
    throw wrongFormat(
      file,
      'GeoNames cities file (19 tab-separated columns: geonameid, name, asciiname, alternatenames, …)',
      first ? `${first.value.split('\t').length} column(s) starting ${excerpt(first.value)}` : 'an empty file',
      'pass a GeoNames cities dump, e.g. data/geonames/cities15000_PK_AF_IQ_SY.txt (use --bench for cities15000.txt.gz)',
      first?.line ?? 1,
    );
  }
  const rows: GeoNamesRow[] = [];
  const bad: BadLine[] = [];
  for (const { value, line } of all) {
    const c = value.split('\t');
    if (!ok(c)) {
      bad.push({ line, reason: `expected 19 tab-separated columns with a numeric geonameid, found ${c.length}`, value: value.slice(0, 120) });
      continue;
    }
    rows.push({
      geonameid: c[0]!,
      name: c[1]!.trim(),
      asciiname: c[2]!.trim(),
      alternates: c[3]! === '' ? [] : c[3]!.split(','),
      featureCode: c[7]!,
      country: c[8]!,
      admin1Code: c[10]!,
      population: Number(c[14]) || 0,
      line,
    });
  }
  return { rows, bad };
}

/**
 * Parse admin1CodesASCII.txt.
 * @param text file contents
 * @param file path for messages
 * @returns rows and unreadable lines
 * @throws TanzeemError IMPORT_WRONG_FORMAT unless the first line looks like `CC.code<TAB>name<TAB>ascii<TAB>id`
 */
export function parseAdmin1Tsv(text: string, file: string): { rows: Admin1Row[]; bad: BadLine[] } {
  const all = lines(text);
  const ok = (c: string[]): boolean => c.length === 4 && /^[A-Z]{2}\.[0-9A-Z]+$/.test(c[0]!) && /^\d+$/.test(c[3]!);
  const first = all[0];
  if (!first || !ok(first.value.split('\t'))) {
    throw wrongFormat(
      file,
      'GeoNames admin1CodesASCII.txt (4 tab-separated columns: CC.code, name, asciiname, geonameid)',
      first ? `${first.value.split('\t').length} column(s) starting ${excerpt(first.value)}` : 'an empty file',
      'pass data/geonames/admin1CodesASCII.txt with --admin1',
      first?.line ?? 1,
    );
  }
  const rows: Admin1Row[] = [];
  const bad: BadLine[] = [];
  for (const { value, line } of all) {
    const c = value.split('\t');
    if (!ok(c)) bad.push({ line, reason: 'expected CC.code<TAB>name<TAB>asciiname<TAB>geonameid', value: value.slice(0, 120) });
    else rows.push({ code: c[0]!, country: c[0]!.slice(0, 2), name: c[1]!.trim(), asciiname: c[2]!.trim(), geonameid: c[3]!, line });
  }
  return { rows, bad };
}
