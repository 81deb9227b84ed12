/**
 * Thin I/O for the importers: read an input file (gunzipping `.gz`) and write an entries file plus its
 * report atomically. The import functions themselves stay pure.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { writeFileAtomic } from '../../runner/atomic-write.ts';
import { TanzeemError } from '../../types/diagnostic.ts';
import { entriesToJsonl, type ImportedEntry } from './entry.ts';
import { reportToJson, type ImportReport } from './report.ts';

/**
 * Read a text input as UTF-8; a `.gz` file is gunzipped first.
 * @param file path as given by the user
 * @throws TanzeemError INPUT_UNREADABLE (missing file) or IMPORT_WRONG_FORMAT (bad gzip)
 */
export function readInput(file: string): { text: string; file: string } {
  if (!existsSync(file)) {
    throw new TanzeemError([
      { code: 'INPUT_UNREADABLE', severity: 'fatal', stage: 'gazetteer-import', file, message: 'file not found', fix: 'check the path (inputs live under data/)' },
    ]);
  }
  const buf = readFileSync(file);
  if (!file.endsWith('.gz')) return { text: buf.toString('utf8'), file };
  try {
    return { text: gunzipSync(buf).toString('utf8'), file };
  } catch (err) {
    throw new TanzeemError([
      {
        code: 'IMPORT_WRONG_FORMAT',
        severity: 'fatal',
        stage: 'gazetteer-import',
        file,
        message: `expected a gzip file (name ends in .gz), found data gunzip cannot read: ${(err as Error).message}`,
        fix: 'pass the .gz file as downloaded, or a plain .txt file without the .gz suffix',
      },
    ]);
  }
}

/** The report path beside an entries path: `x.jsonl` → `x.report.json`. */
export function reportPathFor(out: string): string {
  return out.replace(/\.jsonl$/, '') + '.report.json';
}

/**
 * Write entries (sorted JSONL) and the report, each atomically.
 * @param out entries path; the report goes to `reportPathFor(out)`
 * @returns the two paths written
 */
export function writeImport(out: string, entries: readonly ImportedEntry[], report: ImportReport): { out: string; report: string } {
  mkdirSync(dirname(out), { recursive: true });
  const reportPath = reportPathFor(out);
  writeFileAtomic(out, entriesToJsonl(entries));
  writeFileAtomic(reportPath, reportToJson(report));
  return { out, report: reportPath };
}
