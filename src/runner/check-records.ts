/**
 * Shape checks for records read back from stage files (`--from`, merge, suggest): a line that
 * parses but is not the expected record is a JSONL_RECORD error naming the file and line.
 */
import { TanzeemError } from '../types/diagnostic.ts';
import { readFileSync } from 'node:fs';
import { parseJsonlLines } from './jsonl.ts';

type Field = [name: string, kind: 'string' | 'number' | 'array' | 'object'];

const SHAPES: Record<string, Field[]> = {
  document: [['doc_id', 'string'], ['chars', 'number'], ['sha256', 'string'], ['text', 'string'], ['offsets', 'array']],
  sentence: [['doc_id', 'string'], ['index', 'number'], ['start', 'number'], ['end', 'number'], ['text', 'string']],
  mention: [['doc_id', 'string'], ['sentence', 'number'], ['start', 'number'], ['end', 'number'], ['text', 'string'], ['type', 'string'], ['entity_id', 'string'], ['canonical', 'string'], ['method', 'string']],
  relation: [['source', 'string'], ['target', 'string'], ['sentences', 'number'], ['documents', 'number'], ['evidence', 'array']],
};

export type RecordKind = keyof typeof SHAPES;

function problem(rec: unknown, kind: RecordKind): string | null {
  if (rec === null || typeof rec !== 'object' || Array.isArray(rec)) return `expected a ${kind} record (a JSON object), found ${rec === null ? 'null' : Array.isArray(rec) ? 'an array' : typeof rec}`;
  for (const [name, t] of SHAPES[kind]!) {
    const v = (rec as Record<string, unknown>)[name];
    const ok = t === 'array' ? Array.isArray(v) : t === 'object' ? v !== null && typeof v === 'object' : typeof v === t;
    if (!ok) return `a ${kind} record needs field "${name}" (${t}), found ${v === undefined ? 'none' : JSON.stringify(v)?.slice(0, 40)}`;
  }
  return null;
}

/**
 * Throw JSONL_RECORD for the first record that is not of the given kind.
 * @param records parsed lines, in file order (blank lines already skipped)
 * @param lines the 1-based line number of each record
 */
export function assertRecords<T>(records: unknown[], kind: RecordKind, file: string, lines?: number[]): asserts records is T[] {
  for (let i = 0; i < records.length; i++) {
    const p = problem(records[i], kind);
    if (p) throw new TanzeemError([{ code: 'JSONL_RECORD', severity: 'fatal', stage: 'read', file, line: lines?.[i] ?? i + 1, message: p, fix: `is this the right file? Rerun the stage that writes ${kind} records, or repair the line` }]);
  }
}

/** Read a stage file and check every record's shape (a missing file is INPUT_UNREADABLE). */
export function readRecords<T>(path: string, kind: RecordKind): T[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new TanzeemError([{ code: 'INPUT_UNREADABLE', severity: 'fatal', stage: 'read', file: path, message: (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : `cannot read the file: ${(err as Error).message}`, fix: 'check the path' }]);
  }
  const { records, lines } = parseJsonlLines<unknown>(text, path);
  assertRecords<T>(records, kind, path, lines);
  return records as T[];
}
