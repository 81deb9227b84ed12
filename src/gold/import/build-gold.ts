/**
 * Raw imported document → gold document: convert offsets to UTF-16, verify each span by slicing,
 * map labels, take sentences from SENTENCE spans, then run the gold checks.
 */
import type { Diagnostic } from '../../types/diagnostic.ts';
import type { GoldDoc } from '../../types/records.ts';
import { checkGoldDoc } from '../check-gold-doc.ts';
import { importDiag } from './diag.ts';
import type { LabelTarget } from './labels.ts';
import { toUtf16 } from './offsets.ts';
import type { OffsetUnit, RawDoc } from './types.ts';

/** Options of buildGoldDoc. */
export interface BuildOptions {
  unit: OffsetUnit;
  labelOf: (label: string) => LabelTarget | null;
}

/** Result of buildGoldDoc. */
export interface BuildResult {
  doc: GoldDoc;
  diagnostics: Diagnostic[];
  /** Labels that map to nothing, with their span counts. */
  unmapped: Map<string, number>;
}

/**
 * Convert one imported document.
 * @param raw the parsed document, with its doc_id resolved
 * @param opts offset unit and label mapping
 * @returns the gold document (valid only when no diagnostic is fatal), diagnostics, unmapped labels
 * Note: a span whose recorded text differs from the slice is an error naming the span; the
 * message says when the other offset unit would have matched. A mention without canonical gets
 * its own text (one warning per document).
 */
export function buildGoldDoc(raw: RawDoc & { docId: string }, opts: BuildOptions): BuildResult {
  const diagnostics: Diagnostic[] = [];
  const unmapped = new Map<string, number>();
  const conv = toUtf16(raw.text, opts.unit);
  const other = toUtf16(raw.text, opts.unit === 'utf16' ? 'codepoints' : 'utf16');
  const doc: GoldDoc = { doc_id: raw.docId, sentences: [], mentions: [] };
  let fromText = 0;
  for (const span of raw.spans) {
    const target = opts.labelOf(span.label);
    if (target === null) {
      unmapped.set(span.label, (unmapped.get(span.label) ?? 0) + 1);
      continue;
    }
    const where = `${span.where} ${span.label} ${span.start}–${span.end}`;
    const start = conv(span.start);
    const end = conv(span.end);
    if (start === null || end === null || start >= end) {
      diagnostics.push(importDiag('fatal', 'IMPORT_SPAN_RANGE', raw.source, `${where}: not a span inside the text (${opts.unit} offsets, text length ${raw.text.length} UTF-16 units)`, 'check the offsets and --offsets'));
      continue;
    }
    const slice = raw.text.slice(start, end);
    if (span.text !== undefined && span.text !== slice) {
      const os = other(span.start);
      const oe = other(span.end);
      const hint = os !== null && oe !== null && raw.text.slice(os, oe) === span.text ? `the offsets look like ${opts.unit === 'utf16' ? 'code points' : 'UTF-16'}: pass --offsets ${opts.unit === 'utf16' ? 'codepoints' : 'utf16'}` : 'the export and the text disagree: re-export, or check that the tool saw the same text';
      diagnostics.push(importDiag('fatal', 'IMPORT_SPAN_TEXT', raw.source, `${where}: recorded text ${JSON.stringify(span.text)} but the text there is ${JSON.stringify(slice)}`, hint, { docId: raw.docId, start, end }));
      continue;
    }
    if (target === 'SENTENCE') {
      doc.sentences.push({ start, end });
      continue;
    }
    const canonical = span.canonical?.trim() || slice;
    if (!span.canonical?.trim()) fromText += 1;
    doc.mentions.push({ start, end, text: slice, type: target, canonical });
  }
  doc.sentences.sort((a, b) => a.start - b.start || a.end - b.end);
  doc.mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  if (fromText > 0) {
    diagnostics.push(importDiag('warn', 'IMPORT_CANONICAL_FROM_TEXT', raw.source, `${fromText} of ${doc.mentions.length} mentions have no canonical; their text was used`, 'review the canonicals: variants of one entity must share one (ANNOTATION.md, Linking)', { docId: raw.docId }));
  }
  if (doc.sentences.length === 0) {
    diagnostics.push(importDiag('warn', 'IMPORT_NO_SENTENCES', raw.source, 'the import has no SENTENCE spans: the gold file gets an empty sentence list', 'label the sentences before scoring (gold:check fails until then)', { docId: raw.docId }));
  }
  const checks = checkGoldDoc(doc, { file: raw.source, expectedDocId: null, text: raw.text, requireSentences: false });
  diagnostics.push(...checks.filter((d) => d.code !== 'GOLD_NO_SENTENCES').map((d) => ({ ...d, stage: 'gold-import' })));
  return { doc, diagnostics, unmapped };
}
