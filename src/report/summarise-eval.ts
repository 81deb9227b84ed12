import type { EvalRow, EvalSummary, PerDocScores } from './types.ts';

/** Longest pretty-printed text kept for the non-score part of eval.json. */
const EXTRA_LIMIT = 20_000;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isScore(v: unknown): v is Record<string, unknown> & { p: number; r: number; f1: number } {
  return isObject(v) && typeof v.p === 'number' && typeof v.r === 'number' && typeof v.f1 === 'number';
}

function num(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

function collectRows(value: unknown, path: string, rows: EvalRow[]): void {
  if (isScore(value)) {
    const tp = num(value.tp);
    const pred = num(value.pred);
    const gold = num(value.gold);
    rows.push({
      name: path,
      p: value.p,
      r: value.r,
      f1: value.f1,
      tp,
      pred,
      gold,
      fp: tp !== null && pred !== null ? pred - tp : null,
      fn: tp !== null && gold !== null ? gold - tp : null,
    });
    return;
  }
  if (isObject(value)) {
    for (const [k, v] of Object.entries(value)) collectRows(v, path === '' ? k : `${path}.${k}`, rows);
  }
}

/** F1 of every score inside each `per_doc` entry that names its document. */
function perDocScores(list: unknown): PerDocScores | null {
  if (!Array.isArray(list)) return null;
  const columns: string[] = [];
  const rows: Array<{ doc_id: string; scores: Map<string, number> }> = [];
  for (const entry of list) {
    if (!isObject(entry) || typeof entry.doc_id !== 'string') continue;
    const found: EvalRow[] = [];
    collectRows(entry, '', found);
    for (const r of found) if (!columns.includes(r.name)) columns.push(r.name);
    rows.push({ doc_id: entry.doc_id, scores: new Map(found.map((r) => [r.name, r.f1])) });
  }
  if (rows.length === 0) return null;
  return { columns, rows: rows.map((r) => ({ doc_id: r.doc_id, f1: columns.map((c) => r.scores.get(c) ?? null) })) };
}

/** eval.json without its score objects, `docs` and `per_doc`; undefined when nothing is left. */
function withoutScores(value: unknown, top: boolean): Json | undefined {
  if (isScore(value)) return undefined;
  if (!isObject(value)) return value as Json;
  const out: { [key: string]: Json } = {};
  for (const [k, v] of Object.entries(value)) {
    if (top && (k === 'docs' || (k === 'per_doc' && perDocScores(v) !== null))) continue;
    const kept = withoutScores(v, false);
    if (kept !== undefined) out[k] = kept;
  }
  return Object.keys(out).length === 0 ? undefined : out;
}

/**
 * Turn eval.json (CONTRACT.md layout, extra keys allowed) into table rows.
 * @param evalJson the parsed file
 * @returns one row per object holding numeric `p`, `r`, `f1` (found at any depth, in file order,
 * named by dotted path), with false positives `pred - tp` and false negatives `gold - tp`; F1 per
 * document from a `per_doc` list of `{doc_id, …scores}`; the remaining keys as pretty JSON in
 * `extra` (cut at 20 000 characters)
 */
export function summariseEval(evalJson: unknown): EvalSummary {
  const rows: EvalRow[] = [];
  if (isObject(evalJson)) {
    for (const [k, v] of Object.entries(evalJson)) if (k !== 'per_doc') collectRows(v, k, rows);
  }
  const rest = withoutScores(evalJson, true);
  let extra = rest === undefined ? null : JSON.stringify(rest, null, 2);
  if (extra !== null && extra.length > EXTRA_LIMIT) extra = extra.slice(0, EXTRA_LIMIT) + '\n…';
  const perDoc = isObject(evalJson) ? perDocScores(evalJson.per_doc) : null;
  return { docs: isObject(evalJson) ? num(evalJson.docs) : null, rows, perDoc, extra };
}
