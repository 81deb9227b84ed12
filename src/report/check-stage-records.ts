import { TanzeemError, type Diagnostic } from '../types/diagnostic.ts';

/** Expected JS type of a required field. */
export type FieldKind = 'string' | 'number' | 'array';

/** Required fields of the stage records the report reads (CONTRACT.md). */
export const REQUIRED_FIELDS: Record<string, Record<string, FieldKind>> = {
  'documents.jsonl': { doc_id: 'string' },
  'sentences.jsonl': { doc_id: 'string', index: 'number', start: 'number', end: 'number', text: 'string' },
  'mentions.jsonl': {
    doc_id: 'string',
    sentence: 'number',
    start: 'number',
    end: 'number',
    text: 'string',
    type: 'string',
    entity_id: 'string',
    canonical: 'string',
  },
  'relations.jsonl': { source: 'string', target: 'string', sentences: 'number', documents: 'number', evidence: 'array' },
};

const MAX_REPORTED = 5;

function kindOf(v: unknown): string {
  return Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v;
}

/**
 * Check that every record carries the fields the report uses, with the right JS type.
 * @param records parsed JSONL records, in file order
 * @param file stage file name, a key of REQUIRED_FIELDS; `path` is used in messages
 * @throws TanzeemError (`JSONL_RECORD`) listing the first few bad records
 */
export function assertStageRecords<T>(records: unknown[], file: string, path: string): asserts records is T[] {
  const fields = REQUIRED_FIELDS[file] ?? {};
  const problems: Diagnostic[] = [];
  let bad = 0;
  records.forEach((r, i) => {
    const wrong = Object.entries(fields)
      .filter(([name, kind]) => typeof r !== 'object' || r === null || kindOf((r as Record<string, unknown>)[name]) !== kind)
      .map(([name, kind]) => `${name} (expected ${kind}, found ${typeof r === 'object' && r !== null ? kindOf((r as Record<string, unknown>)[name]) : kindOf(r)})`);
    if (wrong.length === 0) return;
    bad += 1;
    if (problems.length < MAX_REPORTED) {
      problems.push({
        code: 'JSONL_RECORD',
        severity: 'fatal',
        stage: 'report',
        file: path,
        message: `record ${i + 1} (counting non-blank lines) lacks or mistypes: ${wrong.join(', ')}`,
        fix: 'rerun the pipeline stage that writes this file, or repair the record',
      });
    }
  });
  if (bad > MAX_REPORTED) {
    problems.push({ code: 'JSONL_RECORD', severity: 'fatal', stage: 'report', file: path, message: `… and ${bad - MAX_REPORTED} more bad records` });
  }
  if (problems.length > 0) throw new TanzeemError(problems);
}
