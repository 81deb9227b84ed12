/**
 * brat standoff (.ann beside .txt) → a raw document. Text-bound annotations `T1\tORG 12 29\ttext`
 * become spans; `#1\tAnnotatorNotes T1\tcanonical` (or a normalization `N1\tReference T1 db:id\tname`)
 * gives the canonical. Relations, events and attributes are ignored.
 */
import { importDiag, type ParseResult } from './diag.ts';
import type { RawDoc, RawSpan } from './types.ts';

/**
 * Parse one .ann file.
 * @param docId the document's id (path of the .ann relative to the input folder, no extension)
 * @param ann .ann content
 * @param txt .txt content (the text the offsets count into)
 * @param file .ann path, for messages
 * @returns one raw document (none when the file has errors)
 * Note: a discontinuous span (`0 5;10 15`) is an error: gold mentions are contiguous.
 */
export function parseBrat(docId: string, ann: string, txt: string, file: string): ParseResult<RawDoc> {
  const out: ParseResult<RawDoc> = { docs: [], diagnostics: [] };
  const spans = new Map<string, RawSpan>();
  const notes = new Map<string, string>();
  const norms = new Map<string, string>();
  let ok = true;
  ann.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') return;
    const [id = '', mid = '', rest] = line.split('\t');
    const where = `${id} (line ${i + 1})`;
    if (id.startsWith('T')) {
      const m = /^(\S+) (.+)$/.exec(mid);
      const ranges = m ? m[2]!.split(';') : [];
      if (!m || ranges.some((r) => !/^\d+ \d+$/.test(r))) {
        out.diagnostics.push(importDiag('fatal', 'IMPORT_SPAN_FORMAT', file, `${where}: cannot read "${mid}" as "LABEL START END"`, 'repair the line in brat', { line: i + 1 }));
        ok = false;
        return;
      }
      if (ranges.length > 1) {
        out.diagnostics.push(importDiag('fatal', 'IMPORT_DISCONTINUOUS', file, `${where}: discontinuous span ${m[2]} (${JSON.stringify(rest ?? '')})`, 'gold mentions are contiguous: split it into separate mentions or label the whole span', { line: i + 1 }));
        ok = false;
        return;
      }
      const [s, e] = ranges[0]!.split(' ').map(Number) as [number, number];
      spans.set(id, { start: s, end: e, label: m[1]!, ...(rest !== undefined ? { text: rest } : {}), where });
    } else if (id.startsWith('#')) {
      const m = /^AnnotatorNotes (T\S+)$/.exec(mid);
      if (m && rest !== undefined) notes.set(m[1]!, rest);
    } else if (id.startsWith('N')) {
      const m = /^Reference (T\S+) \S+$/.exec(mid);
      if (m && rest !== undefined) norms.set(m[1]!, rest);
    }
  });
  if (!ok) return out;
  const list = [...spans].map(([id, s]) => {
    const canonical = notes.get(id) ?? norms.get(id);
    return canonical !== undefined ? { ...s, canonical } : s;
  });
  out.docs.push({ docId, text: txt, spans: list, source: file });
  return out;
}
