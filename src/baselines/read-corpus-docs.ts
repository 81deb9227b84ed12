/**
 * Read every usable corpus document (unreadable ones are skipped with their diagnostics), for
 * the evaluation commands that run systems in memory.
 */
import { listCorpus, readDocument } from '../runner/read-corpus.ts';
import type { Diagnostic } from '../types/diagnostic.ts';
import type { RawDoc } from '../types/records.ts';

/** Default per-document size limit, as in `npm run pipeline` (20 MB). */
export const MAX_DOC_BYTES = 20e6;

/**
 * @param corpus corpus folder
 * @returns documents sorted by doc_id, and diagnostics for the ones skipped
 */
export function readCorpusDocs(corpus: string): { docs: RawDoc[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const docs: RawDoc[] = [];
  for (const entry of listCorpus(corpus, diagnostics)) {
    const raw = readDocument(entry, MAX_DOC_BYTES);
    if ('code' in raw) diagnostics.push(raw);
    else docs.push(raw);
  }
  return { docs, diagnostics };
}
