/**
 * doccano JSONL export → raw documents. A line is `{"text": …, "label": [[start, end, "ORG"], …]}`
 * (a 4th element, if a string, is the canonical), or the newer
 * `{"text": …, "entities": [{"start_offset", "end_offset", "label"}]}`.
 */
import { importDiag, type ParseResult } from './diag.ts';
import type { RawDoc, RawSpan } from './types.ts';

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Parse a doccano JSONL export.
 * @param content file content
 * @param file its path, for messages
 * @param opts name of the doc_id field (top level or under `meta`) and of the text field
 * @returns one raw document per line
 */
export function parseDoccano(content: string, file: string, opts: { idField: string; textField: string }): ParseResult<RawDoc> {
  const out: ParseResult<RawDoc> = { docs: [], diagnostics: [] };
  content.split('\n').forEach((raw, i) => {
    if (raw.trim() === '') return;
    const line = i + 1;
    let rec: unknown;
    try {
      rec = JSON.parse(raw);
    } catch (err) {
      out.diagnostics.push(importDiag('fatal', 'IMPORT_WRONG_FORMAT', file, `line ${line} is not JSON: ${(err as Error).message}`, 'export doccano data as JSONL', { line }));
      return;
    }
    const text = isObj(rec) ? (rec[opts.textField] ?? rec.data) : undefined;
    if (!isObj(rec) || typeof text !== 'string') {
      out.diagnostics.push(importDiag('fatal', 'IMPORT_WRONG_FORMAT', file, `line ${line} has no "${opts.textField}" string`, 'pass --text-field, or export doccano data as JSONL', { line }));
      return;
    }
    const spans: RawSpan[] = [];
    const labels = Array.isArray(rec.label) ? rec.label : Array.isArray(rec.labels) ? rec.labels : [];
    labels.forEach((l: unknown, k) => {
      const where = `line ${line}, label[${k}]`;
      if (!Array.isArray(l) || typeof l[0] !== 'number' || typeof l[1] !== 'number' || typeof l[2] !== 'string') {
        out.diagnostics.push(importDiag('fatal', 'IMPORT_SPAN_FORMAT', file, `${where}: expected [start, end, "LABEL"], found ${JSON.stringify(l)}`, undefined, { line }));
        return;
      }
      spans.push({ start: l[0], end: l[1], label: l[2], ...(typeof l[3] === 'string' ? { canonical: l[3] } : {}), where });
    });
    (Array.isArray(rec.entities) ? rec.entities : []).forEach((e: unknown, k) => {
      const where = `line ${line}, entities[${k}]`;
      if (!isObj(e) || typeof e.start_offset !== 'number' || typeof e.end_offset !== 'number' || typeof e.label !== 'string') {
        out.diagnostics.push(importDiag('fatal', 'IMPORT_SPAN_FORMAT', file, `${where}: expected {start_offset, end_offset, label}`, undefined, { line }));
        return;
      }
      spans.push({ start: e.start_offset, end: e.end_offset, label: e.label, ...(typeof e.canonical === 'string' ? { canonical: e.canonical } : {}), where });
    });
    const id = rec[opts.idField] ?? (isObj(rec.meta) ? rec.meta[opts.idField] : undefined);
    out.docs.push({ docId: typeof id === 'string' ? id : null, text, spans, source: `${file}:${line}` });
  });
  return out;
}
