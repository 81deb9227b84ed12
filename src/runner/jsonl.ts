import { readFileSync } from 'node:fs';
import { TanzeemError } from '../types/diagnostic.ts';

/**
 * Serialise one record as a JSONL line. Keys keep the order the record was built in, so stages
 * build records with a fixed key order and output is byte-stable.
 */
export function toJsonLine(record: unknown): string {
  return JSON.stringify(record) + '\n';
}

/**
 * Parse a JSONL file; a line that does not parse is a TanzeemError naming file and line.
 * @param path file to read
 * @returns records in file order (blank lines skipped)
 */
export function readJsonl<T>(path: string): T[] {
  const text = readFileSync(path, 'utf8');
  return parseJsonl<T>(text, path);
}

/** Parse JSONL text; `file` is used in error messages. */
export function parseJsonl<T>(text: string, file: string): T[] {
  return parseJsonlLines<T>(text, file).records;
}

/** Parse JSONL text and keep the 1-based line number of each record (blank lines are skipped). */
export function parseJsonlLines<T>(text: string, file: string): { records: T[]; lines: number[] } {
  const out: T[] = [];
  const numbers: number[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    try {
      out.push(JSON.parse(line) as T);
      numbers.push(i + 1);
    } catch (err) {
      throw new TanzeemError([
        {
          code: 'JSONL_PARSE',
          severity: 'fatal',
          stage: 'read',
          file,
          line: i + 1,
          message: `line does not parse as JSON: ${(err as Error).message}`,
          fix: 'repair or remove the line, or rerun the stage that wrote this file',
        },
      ]);
    }
  }
  return { records: out, lines: numbers };
}
