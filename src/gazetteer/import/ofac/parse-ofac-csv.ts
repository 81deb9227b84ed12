/**
 * Parse OFAC's legacy SDN CSV files (`sdn.csv`, `alt.csv`): no header, CRLF, `-0- ` for null, a DOS EOF
 * byte (0x1A) at the end.
 */
import { parse } from 'csv-parse/sync';
import { excerpt, wrongFormat } from '../wrong-format.ts';

/** A row of sdn.csv (primary record). Null fields (`-0- `) are empty strings. */
export interface SdnRow {
  entNum: string;
  name: string;
  /** `individual`, `vessel`, `aircraft`, or empty for an entity. */
  type: string;
  programs: string[];
  remarks: string;
  line: number;
}

/** A row of alt.csv (alias). */
export interface AltRow {
  entNum: string;
  altNum: string;
  altType: string;
  altName: string;
  line: number;
}

/** Rows that parsed as CSV but have the wrong shape, kept for the report. */
export interface BadRow {
  line: number;
  reason: string;
  value: string;
}

const nul = (v: string | undefined): string => {
  const t = (v ?? '').trim();
  return t === '-0-' ? '' : t;
};

function parseRows(text: string, file: string, columns: number, what: string, fix: string): { rows: { cells: string[]; line: number }[]; bad: BadRow[] } {
  const body = text.replace(/^\uFEFF/, '').replace(/\x1a[\r\n]*$/, '');
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(body, { info: true, relax_column_count: true, skip_empty_lines: true }) as unknown as typeof records;
  } catch (err) {
    const line = (err as { lines?: number }).lines;
    throw wrongFormat(file, what, `text that does not parse as CSV (${(err as Error).message})`, fix, line);
  }
  const first = records[0];
  if (!first || first.record.length !== columns || !/^\d+$/.test(first.record[0]!.trim())) {
    const found = first ? `${first.record.length} column(s) starting ${excerpt(body)}` : 'an empty file';
    throw wrongFormat(file, what, found, fix, first?.info.lines ?? 1);
  }
  const rows: { cells: string[]; line: number }[] = [];
  const bad: BadRow[] = [];
  for (const r of records) {
    if (r.record.length !== columns || !/^\d+$/.test(r.record[0]!.trim())) {
      bad.push({ line: r.info.lines, reason: `expected ${columns} columns with a numeric ent_num, found ${r.record.length}`, value: r.record.join(',').slice(0, 120) });
    } else rows.push({ cells: r.record, line: r.info.lines });
  }
  return { rows, bad };
}

/**
 * Parse sdn.csv text.
 * @param text file contents
 * @param file path for messages
 * @returns rows (12 columns each) and malformed rows
 * @throws TanzeemError IMPORT_WRONG_FORMAT unless the first record has 12 columns and a numeric ent_num
 */
export function parseSdnCsv(text: string, file: string): { rows: SdnRow[]; bad: BadRow[] } {
  const fix = 'pass OFAC sdn.csv (legacy format, 12 columns: ent_num, SDN_Name, SDN_Type, Program, …, Remarks), e.g. data/ofac-sdn/sdn.csv';
  const { rows, bad } = parseRows(text, file, 12, 'OFAC sdn.csv (12 columns, no header)', fix);
  return {
    bad,
    rows: rows.map(({ cells, line }) => ({
      entNum: cells[0]!.trim(),
      name: nul(cells[1]),
      type: nul(cells[2]),
      programs: nul(cells[3]).split('] [').map((p) => p.replace(/^\[|\]$/g, '').trim()).filter((p) => p !== ''),
      remarks: nul(cells[11]),
      line,
    })),
  };
}

/**
 * Parse alt.csv text.
 * @param text file contents
 * @param file path for messages
 * @returns rows (5 columns each) and malformed rows
 * @throws TanzeemError IMPORT_WRONG_FORMAT unless the first record has 5 columns and a numeric ent_num
 */
export function parseAltCsv(text: string, file: string): { rows: AltRow[]; bad: BadRow[] } {
  const fix = 'pass OFAC alt.csv (legacy format, 5 columns: ent_num, alt_num, alt_type, alt_name, alt_remarks) with --alt, e.g. data/ofac-sdn/alt.csv';
  const { rows, bad } = parseRows(text, file, 5, 'OFAC alt.csv (5 columns, no header)', fix);
  return {
    bad,
    rows: rows.map(({ cells, line }) => ({
      entNum: cells[0]!.trim(),
      altNum: nul(cells[1]),
      altType: nul(cells[2]).toLowerCase(),
      altName: nul(cells[3]),
      line,
    })),
  };
}
