/**
 * Label Studio JSON export → raw documents. A task is `{id, data: {text, doc_id?}, annotations:
 * [{result: [{id, type: 'labels', value: {start, end, text, labels: [..]}}], was_cancelled}]}`.
 * A `textarea` result with the same region id as a label (per-region text area), or
 * `meta.text` on the region, gives the canonical.
 */
import { importDiag, type ParseResult } from './diag.ts';
import type { RawDoc, RawSpan } from './types.ts';

/** Field names in `task.data`. */
export interface LabelStudioOptions {
  idField: string;
  textField: string;
}

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Parse a Label Studio export.
 * @param json the parsed export file (an array of tasks, or one task)
 * @param file its path, for messages
 * @param opts names of the text and doc_id fields in `task.data`
 * @returns one raw document per annotated task
 * Note: cancelled annotations are skipped; with several annotations the first is used (warning);
 * tasks without annotation are skipped (warning).
 */
export function parseLabelStudio(json: unknown, file: string, opts: LabelStudioOptions): ParseResult<RawDoc> {
  const out: ParseResult<RawDoc> = { docs: [], diagnostics: [] };
  const tasks = Array.isArray(json) ? json : isObj(json) ? [json] : null;
  if (!tasks || !tasks.every((t) => isObj(t) && isObj(t.data))) {
    out.diagnostics.push(importDiag('fatal', 'IMPORT_WRONG_FORMAT', file, 'not a Label Studio JSON export (expected an array of tasks with "data")', 'export with "JSON" (not JSON-MIN or CSV) from Label Studio, or pick the right --format'));
    return out;
  }
  tasks.forEach((task: Obj, t) => {
    const name = `task ${String(task.id ?? t)}`;
    const data = task.data as Obj;
    const text = data[opts.textField];
    if (typeof text !== 'string') {
      out.diagnostics.push(importDiag('fatal', 'IMPORT_WRONG_FORMAT', file, `${name}: data.${opts.textField} is not a string`, 'pass --text-field with the name of the text field'));
      return;
    }
    const anns = (Array.isArray(task.annotations) ? task.annotations : []).filter((a): a is Obj => isObj(a) && a.was_cancelled !== true);
    if (anns.length === 0) {
      out.diagnostics.push(importDiag('warn', 'IMPORT_NO_ANNOTATION', file, `${name} has no (non-cancelled) annotation; skipped`));
      return;
    }
    if (anns.length > 1) out.diagnostics.push(importDiag('warn', 'IMPORT_SEVERAL_ANNOTATIONS', file, `${name} has ${anns.length} annotations; the first (id ${String(anns[0]!.id)}) is used`));
    const results = (Array.isArray(anns[0]!.result) ? anns[0]!.result : []).filter(isObj);
    const notes = new Map<string, string>();
    for (const r of results) {
      const v = r.value;
      if (r.type === 'textarea' && isObj(v) && Array.isArray(v.text) && typeof v.text[0] === 'string') notes.set(String(r.id), v.text[0]);
    }
    const spans: RawSpan[] = [];
    for (const r of results) {
      const v = r.value;
      if (!isObj(v) || !Array.isArray(v.labels)) continue;
      const where = `${name}, result ${String(r.id)}`;
      if (typeof v.start !== 'number' || typeof v.end !== 'number') {
        out.diagnostics.push(importDiag('fatal', 'IMPORT_SPAN_FORMAT', file, `${where}: value.start/value.end are not numbers`, 'only plain-text labels (Labels on Text) can be imported'));
        continue;
      }
      const meta = isObj(r.meta) && Array.isArray(r.meta.text) && typeof r.meta.text[0] === 'string' ? r.meta.text[0] : undefined;
      const canonical = notes.get(String(r.id)) ?? meta;
      for (const label of v.labels) {
        spans.push({
          start: v.start,
          end: v.end,
          label: String(label),
          ...(typeof v.text === 'string' ? { text: v.text } : {}),
          ...(canonical !== undefined ? { canonical } : {}),
          where,
        });
      }
    }
    const id = data[opts.idField];
    out.docs.push({ docId: typeof id === 'string' ? id : null, text, spans, source: `${file} (${name})` });
  });
  return out;
}
