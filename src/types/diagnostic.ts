/**
 * Diagnostics are records, never console output from a stage. The runner collects them per document
 * and writes out/diagnostics.jsonl; fatal ones also go to stderr.
 */
export type Severity = 'info' | 'warn' | 'fatal';

export type DiagnosticCode =
  | 'INPUT_NOT_UTF8'
  | 'INPUT_BINARY'
  | 'INPUT_EMPTY'
  | 'INPUT_TOO_LARGE'
  | 'INPUT_UNREADABLE'
  | 'INPUT_SYMLINK_OUTSIDE'
  | 'STAGE_FAILED'
  | 'JSONL_PARSE'
  | 'JSONL_RECORD'
  | 'GAZETTEER_SCHEMA'
  | 'GAZETTEER_YAML'
  | 'GAZETTEER_DUPLICATE_ID'
  | 'GAZETTEER_KEY_COLLISION'
  | 'GAZETTEER_EMPTY_NAME'
  | 'GAZETTEER_LIMIT'
  | 'MATCH_AMBIGUOUS'
  | 'GOLD_INVALID'
  | 'IMPORT_UNMAPPED'
  | 'IMPORT_WRONG_FORMAT'
  | 'OUT_LOCKED'
  | (string & {});

export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  stage: string;
  /** File the problem is in (corpus document, gazetteer, gold or JSONL file). */
  file?: string;
  docId?: string;
  /** 1-based line in `file`, when known. */
  line?: number;
  start?: number;
  end?: number;
  message: string;
  /** What the user can do about it. */
  fix?: string;
}

/** An error carrying a diagnostic: thrown for config/data errors that stop the run. */
export class TanzeemError extends Error {
  readonly diagnostics: Diagnostic[];
  constructor(diagnostics: Diagnostic[]) {
    super(diagnostics.map(formatDiagnostic).join('\n'));
    this.name = 'TanzeemError';
    this.diagnostics = diagnostics;
  }
}

/** One-line human form: `file:line: [CODE] message (fix: …)`. */
export function formatDiagnostic(d: Diagnostic): string {
  const place = [d.file ?? d.docId ?? d.stage, d.line].filter((x) => x !== undefined).join(':');
  return `${place}: [${d.code}] ${d.message}${d.fix ? ` (fix: ${d.fix})` : ''}`;
}
