/**
 * `checkGold`: validate every gold file against its corpus document. Used by `gold:check`, by
 * `eval` (which loads gold through it) and by the test over the real gold/ folder.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Diagnostic } from '../types/diagnostic.ts';
import type { GoldDoc } from '../types/records.ts';
import { checkCanonicals, type GoldFile } from './check-canonicals.ts';
import { checkGoldDoc } from './check-gold-doc.ts';
import { docIdProblem, isInside } from './doc-id.ts';
import { parseGoldShape } from './gold-shape.ts';
import { readGoldDir } from './read-gold-dir.ts';

/** Options of checkGold. */
export interface CheckGoldOptions {
  goldDir: string;
  /** Corpus folder; null skips the checks that need the text. */
  corpusDir: string | null;
}

/** Result of checkGold. */
export interface CheckGoldResult {
  /** Number of `*.json` files found. */
  files: number;
  /** Documents that parsed and have the gold layout (possibly with other errors). */
  docs: GoldFile[];
  /** Corpus texts read, by doc_id. */
  texts: Map<string, string>;
  diagnostics: Diagnostic[];
}

/**
 * Check the gold folder.
 * @param opts gold and corpus folders
 * @returns docs, corpus texts and diagnostics in file order (cross-file checks last)
 * Note: a gold file whose corpus document is missing is an error (GOLD_NO_CORPUS_DOC); its other
 * checks still run without the text.
 */
export function checkGold(opts: CheckGoldOptions): CheckGoldResult {
  const { files, diagnostics } = readGoldDir(opts.goldDir);
  const docs: GoldFile[] = [];
  const texts = new Map<string, string>();
  for (const f of files) {
    if (f.error) {
      diagnostics.push(f.error);
      continue;
    }
    const shaped = parseGoldShape(f.json, f.file);
    if ('diagnostics' in shaped) {
      diagnostics.push(...shaped.diagnostics);
      continue;
    }
    const doc: GoldDoc = shaped.doc;
    const text = opts.corpusDir === null ? undefined : readCorpusText(opts.corpusDir, f.docId, f.file, diagnostics);
    if (text !== undefined) texts.set(f.docId, text);
    diagnostics.push(...checkGoldDoc(doc, { file: f.file, expectedDocId: f.docId, text, requireSentences: true }));
    docs.push({ file: f.file, doc });
  }
  diagnostics.push(...checkCanonicals(docs));
  return { files: files.length, docs, texts, diagnostics };
}

/** Read corpus/<docId>.txt, or record why it cannot be read. */
function readCorpusText(corpusDir: string, docId: string, file: string, out: Diagnostic[]): string | undefined {
  const path = join(corpusDir, `${docId}.txt`);
  if (docIdProblem(docId) !== null || !isInside(corpusDir, path)) return undefined;
  if (!existsSync(path)) {
    out.push({
      code: 'GOLD_NO_CORPUS_DOC',
      severity: 'fatal',
      stage: 'gold-check',
      file,
      docId,
      message: `no corpus document ${path} for this gold file`,
      fix: `add ${path}, pass --corpus with the right folder, or remove the gold file`,
    });
    return undefined;
  }
  return readFileSync(resolve(path), 'utf8');
}
