import type { Diagnostic } from '../types/diagnostic.ts';
import { compareCodeUnits } from './compare.ts';
import type { DiagnosticSummary } from './types.ts';

const SEVERITY_ORDER: Record<string, number> = { fatal: 0, warn: 1, info: 2 };

/**
 * Count diagnostics by severity and code, for the report's error summary.
 * @param diagnostics records of diagnostics.jsonl
 * @returns rows ordered fatal → warn → info, then by count (descending) and code; each row keeps
 * the first message seen (prefixed with its document) as an example
 */
export function summariseDiagnostics(diagnostics: readonly Diagnostic[]): DiagnosticSummary {
  const rows = new Map<string, { severity: string; code: string; count: number; example: string }>();
  for (const d of diagnostics) {
    const severity = String(d.severity ?? '');
    const code = String(d.code ?? '');
    const key = `${severity}\u0000${code}`;
    const row = rows.get(key);
    if (row) row.count += 1;
    else {
      const place = d.docId ?? d.file;
      rows.set(key, { severity, code, count: 1, example: `${place ? `${place}: ` : ''}${String(d.message ?? '')}` });
    }
  }
  return {
    total: diagnostics.length,
    rows: [...rows.values()].sort(
      (a, b) =>
        (SEVERITY_ORDER[a.severity] ?? 3) - (SEVERITY_ORDER[b.severity] ?? 3) ||
        b.count - a.count ||
        compareCodeUnits(a.code, b.code),
    ),
  };
}
