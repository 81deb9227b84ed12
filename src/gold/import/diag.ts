/** Diagnostic helpers of the gold importers. */
import type { Diagnostic, Severity } from '../../types/diagnostic.ts';

/** A gold-import diagnostic. */
export function importDiag(severity: Severity, code: string, file: string, message: string, fix?: string, extra: Partial<Diagnostic> = {}): Diagnostic {
  return { code, severity, stage: 'gold-import', file, ...extra, message, ...(fix ? { fix } : {}) };
}

/** Documents and diagnostics an importer parsed. */
export interface ParseResult<T> {
  docs: T[];
  diagnostics: Diagnostic[];
}
