/**
 * Read a corpus folder into memory (untimed setup of the stage benchmarks), in doc_id order, as the
 * runner reads it.
 */
import { listCorpus, readDocument } from '../../src/runner/read-corpus.ts';
import type { RawDoc } from '../../src/types/records.ts';

export interface LoadedCorpus {
  docs: RawDoc[];
  bytes: number;
}

/**
 * @param dir corpus folder
 * @param maxBytes stop after this many UTF-8 bytes (a slice for the slower peers); default all
 */
export function loadDocs(dir: string, maxBytes = Infinity): LoadedCorpus {
  const docs: RawDoc[] = [];
  let bytes = 0;
  for (const e of listCorpus(dir, [])) {
    if (bytes >= maxBytes) break;
    const raw = readDocument(e, 1e9);
    if ('code' in raw) continue;
    docs.push(raw);
    bytes += Buffer.byteLength(raw.original, 'utf8');
  }
  return { docs, bytes };
}
