/**
 * Plain-text tables of scores: one system (`formatTable`) or several side by side
 * (`formatComparison`).
 */
import type { B3Score, EvalReport, Score } from './types.ts';

/** A named row of the metric list. */
interface Metric {
  label: string;
  get: (r: EvalReport) => Score | B3Score;
}

const METRICS: Metric[] = [
  { label: 'mentions strict', get: (r) => r.mentions.strict },
  { label: 'mentions lenient', get: (r) => r.mentions.lenient },
  { label: '  ORG strict', get: (r) => r.mentions.ORG },
  { label: '  PERSON strict', get: (r) => r.mentions.PERSON },
  { label: '  LOC strict', get: (r) => r.mentions.LOC },
  { label: '  ORG lenient', get: (r) => r.lenient_by_type.ORG },
  { label: '  PERSON lenient', get: (r) => r.lenient_by_type.PERSON },
  { label: '  LOC lenient', get: (r) => r.lenient_by_type.LOC },
  { label: 'sentences', get: (r) => r.sentences },
  { label: 'linking pairwise', get: (r) => r.linking.pairwise },
  { label: 'linking B-cubed', get: (r) => r.linking.b3 },
  { label: 'relations doc', get: (r) => r.relations.doc },
  { label: 'relations corpus', get: (r) => r.relations.corpus },
];

/** Lay out rows of cells with padded columns; the first column is left-aligned. */
export function layout(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  const line = (r: string[]): string =>
    r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ').trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(rows[0]!), rule, ...rows.slice(1).map(line)].join('\n') + '\n';
}

const num = (x: number): string => x.toFixed(4);

/**
 * Table of one system's scores.
 * @param report the eval.json object
 * @returns text with one row per metric and columns P, R, F1, TP, pred, gold
 */
export function formatTable(report: EvalReport): string {
  const rows = [['metric', 'P', 'R', 'F1', 'TP', 'pred', 'gold']];
  for (const m of METRICS) {
    const s = m.get(report);
    const counts = 'tp' in s ? [String(s.tp), String(s.pred), String(s.gold)] : ['-', '-', '-'];
    rows.push([m.label, num(s.p), num(s.r), num(s.f1), ...counts]);
  }
  return `gold documents scored: ${report.docs}\n` + layout(rows);
}

/** One system in a comparison. */
export interface ComparisonRow {
  name: string;
  report: EvalReport;
}

/**
 * Several systems side by side.
 * @param rows systems in the order to show them
 * @param value which number to show per cell (default F1)
 * @returns text with one row per metric and one column per system
 */
export function formatComparison(rows: readonly ComparisonRow[], value: 'p' | 'r' | 'f1' = 'f1'): string {
  const table = [[`metric (${value.toUpperCase()})`, ...rows.map((r) => r.name)]];
  for (const m of METRICS) table.push([m.label, ...rows.map((r) => num(m.get(r.report)[value]))]);
  return layout(table);
}
