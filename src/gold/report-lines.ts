/**
 * Diagnostics as lines for a terminal, with a severity prefix and a summary.
 */
import { formatDiagnostic, type Diagnostic } from '../types/diagnostic.ts';

const PREFIX = { fatal: 'error', warn: 'warning', info: 'info' } as const;

/** `error: file: [CODE] message (fix: …)`, one per diagnostic. */
export function diagnosticLines(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${PREFIX[d.severity]}: ${formatDiagnostic(d)}${d.start !== undefined && !d.message.includes(`${d.start}–`) ? ` [${d.start}–${d.end}]` : ''}`);
}

/** Count errors and warnings. */
export function countSeverities(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number } {
  return {
    errors: diagnostics.filter((d) => d.severity === 'fatal').length,
    warnings: diagnostics.filter((d) => d.severity === 'warn').length,
  };
}
