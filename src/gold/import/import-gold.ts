/**
 * `importGold`: read an annotation-tool export, convert it to gold files, check them, and write
 * them all, or none when anything is wrong.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { writeFileAtomic } from '../../runner/atomic-write.ts';
import type { Diagnostic } from '../../types/diagnostic.ts';
import type { GoldDoc } from '../../types/records.ts';
import { docIdOf, docIdProblem, isInside } from '../doc-id.ts';
import { formatGoldDoc } from '../format-gold.ts';
import { buildGoldDoc } from './build-gold.ts';
import { importDiag } from './diag.ts';
import type { LabelTarget } from './labels.ts';
import { createLabelMap } from './labels.ts';
import { readImportInput, type ImportFormat } from './read-input.ts';
import type { OffsetUnit, RawDoc } from './types.ts';

/** Options of importGold. */
export interface ImportOptions {
  format: ImportFormat;
  input: string;
  outDir: string;
  /** Corpus folder to verify texts against and to find doc_ids by text; null skips both. */
  corpusDir: string | null;
  unit: OffsetUnit;
  idField: string;
  textField: string;
  labelMap: Record<string, LabelTarget>;
  /** Overwrite existing gold files. */
  force: boolean;
  /** Check only; write nothing. */
  dryRun: boolean;
}

/** Result of importGold. */
export interface ImportResult {
  docs: GoldDoc[];
  written: string[];
  diagnostics: Diagnostic[];
}

/**
 * Import gold annotations.
 * @param opts format, input, output folder and conversion options
 * @returns the converted documents, the files written (none when any diagnostic is fatal or on
 *   a dry run) and the diagnostics
 * Note: an existing gold file is never overwritten without `force` (gold is hand-made work).
 */
export function importGold(opts: ImportOptions): ImportResult {
  const parsed = readImportInput(opts.format, opts.input, opts);
  const diagnostics = [...parsed.diagnostics];
  const labelOf = createLabelMap(opts.labelMap);
  const unmapped = new Map<string, number>();
  const docs: GoldDoc[] = [];
  const seen = new Map<string, string>();
  const byText = lazyCorpusIndex(opts.corpusDir);
  for (const raw of parsed.docs) {
    const docId = raw.docId ?? byText().get(raw.text) ?? null;
    if (docId === null) {
      diagnostics.push(importDiag('fatal', 'IMPORT_NO_DOC_ID', raw.source, 'the document has no doc_id and its text matches no corpus document', `add a "${opts.idField}" field (pass --id-field if it has another name), or pass --corpus with the corpus it was labelled from`));
      continue;
    }
    const problem = docIdProblem(docId);
    if (problem !== null || !isInside(opts.outDir, join(opts.outDir, `${docId}.json`))) {
      diagnostics.push(importDiag('fatal', 'IMPORT_DOC_ID', raw.source, `doc_id ${JSON.stringify(docId)} ${problem ?? 'leaves the output folder'}`, 'use the corpus path of the document without .txt'));
      continue;
    }
    if (seen.has(docId)) {
      diagnostics.push(importDiag('fatal', 'IMPORT_DUPLICATE_DOC', raw.source, `doc_id ${JSON.stringify(docId)} also comes from ${seen.get(docId)}`, 'import each document once'));
      continue;
    }
    seen.set(docId, raw.source);
    diagnostics.push(...compareWithCorpus(opts.corpusDir, docId, raw));
    const built = buildGoldDoc({ ...raw, docId }, { unit: opts.unit, labelOf });
    diagnostics.push(...built.diagnostics);
    for (const [label, n] of built.unmapped) unmapped.set(label, (unmapped.get(label) ?? 0) + n);
    docs.push(built.doc);
  }
  for (const [label, n] of [...unmapped].sort(([a], [b]) => (a < b ? -1 : 1))) {
    diagnostics.push(importDiag('warn', 'IMPORT_UNMAPPED', opts.input, `label ${JSON.stringify(label)} (${n} spans) is not ORG, PERSON, LOC or SENTENCE; not imported`, `pass --label-map ${label}=ORG (or PERSON, LOC, SENTENCE) to import it`));
  }
  const targets = docs.map((d) => join(opts.outDir, `${d.doc_id}.json`));
  if (!opts.force) {
    for (const t of targets) if (existsSync(t)) diagnostics.push(importDiag('fatal', 'IMPORT_EXISTS', t, 'gold file exists already', 'pass --force to overwrite it (it may hold hand-made labels), or import into another --out'));
  }
  if (opts.dryRun || diagnostics.some((d) => d.severity === 'fatal')) return { docs, written: [], diagnostics };
  docs.forEach((d, i) => {
    mkdirSync(dirname(targets[i]!), { recursive: true });
    writeFileAtomic(targets[i]!, formatGoldDoc(d));
  });
  return { docs, written: targets, diagnostics };
}

/** Map corpus text → doc_id, built on first use. */
function lazyCorpusIndex(corpusDir: string | null): () => Map<string, string> {
  let index: Map<string, string> | null = null;
  return () => {
    if (index) return index;
    index = new Map();
    if (corpusDir === null || !existsSync(corpusDir)) return index;
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir).sort()) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (name.endsWith('.txt')) index!.set(readFileSync(path, 'utf8'), docIdOf(corpusDir, path, '.txt'));
      }
    };
    walk(corpusDir);
    return index;
  };
}

/** The offsets count into the corpus text, so the imported text must be the same. */
function compareWithCorpus(corpusDir: string | null, docId: string, raw: RawDoc): Diagnostic[] {
  if (corpusDir === null) return [];
  const path = join(corpusDir, `${docId}.txt`);
  if (!existsSync(path)) return [importDiag('warn', 'IMPORT_NOT_IN_CORPUS', raw.source, `no corpus document ${path}`, 'add the document to the corpus before scoring (gold:check needs it)', { docId })];
  const corpus = readFileSync(path, 'utf8');
  if (corpus === raw.text) return [];
  const hint =
    corpus.replace(/\r\n/g, '\n') === raw.text.replace(/\r\n/g, '\n')
      ? 'the line endings differ (CRLF vs LF): re-export from a copy with the corpus line endings'
      : corpus.replace(/^\uFEFF/, '') === raw.text.replace(/^\uFEFF/, '')
        ? 'one has a byte-order mark and the other not: offsets would be off by one'
        : 'the tool was given a different text: annotate the corpus file as is';
  return [importDiag('fatal', 'IMPORT_TEXT_MISMATCH', raw.source, `the imported text differs from ${path} (${raw.text.length} vs ${corpus.length} UTF-16 units)`, hint, { docId })];
}
