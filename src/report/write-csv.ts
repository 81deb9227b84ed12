import { stringify } from 'csv-stringify/sync';
import { neutraliseCsvCell } from './neutralise-csv-cell.ts';
import type { EdgeRow, NodeRow } from './types.ts';

/** Column order of nodes.csv. */
export const NODE_COLUMNS = ['id', 'canonical', 'type', 'mentions', 'documents', 'aliases'] as const;

/** Column order of edges.csv. */
export const EDGE_COLUMNS = [
  'source',
  'target',
  'source_canonical',
  'target_canonical',
  'sentences',
  'documents',
  'first_doc',
  'last_doc',
] as const;

/** Separator between surface texts in the `aliases` column. */
export const ALIAS_SEPARATOR = ' | ';

function toCsv(columns: readonly string[], rows: Array<Array<string | number>>): string {
  return stringify(
    rows.map((row) => row.map(neutraliseCsvCell)),
    { header: true, columns: [...columns], record_delimiter: 'unix', quoted_match: /^\s|\s$/ },
  );
}

/**
 * Render nodes.csv: one entity per line, header first, formula cells neutralised.
 * @param nodes rows in output order
 * @returns CSV text (UTF-8, `\n` line ends, RFC 4180 quoting)
 */
export function nodesToCsv(nodes: readonly NodeRow[]): string {
  return toCsv(
    NODE_COLUMNS,
    nodes.map((n) => [n.id, n.canonical, n.type, n.mentions, n.documents, n.aliases.join(ALIAS_SEPARATOR)]),
  );
}

/**
 * Render edges.csv: one entity pair per line, header first, formula cells neutralised.
 * @param edges rows in output order
 * @returns CSV text (UTF-8, `\n` line ends, RFC 4180 quoting)
 */
export function edgesToCsv(edges: readonly EdgeRow[]): string {
  return toCsv(
    EDGE_COLUMNS,
    edges.map((e) => [
      e.source,
      e.target,
      e.source_canonical,
      e.target_canonical,
      e.sentences,
      e.documents,
      e.first_doc,
      e.last_doc,
    ]),
  );
}
