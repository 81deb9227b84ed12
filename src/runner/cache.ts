/**
 * Incremental runs: a per-document cache of finished stage lines in `<out>/.cache/`. An entry is
 * reused only when the document's sha256 and the run's config key (gazetteer version, options,
 * tanzeem version) are unchanged. Entries are written atomically, one file per document.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from './atomic-write.ts';

export interface CachedLines {
  documents: string;
  sentences: string;
  mentions: string;
}

interface CacheEntry {
  doc_id: string;
  sha256: string;
  config: string;
  lines: CachedLines;
}

export interface DocCache {
  get(docId: string, sha256: string): CachedLines | null;
  put(docId: string, sha256: string, lines: CachedLines): void;
}

/**
 * @param dir cache folder (created on first write)
 * @param config key of everything besides the document that decides the output
 */
export function openCache(dir: string, config: string): DocCache {
  const pathOf = (docId: string): string => join(dir, createHash('sha256').update(docId).digest('hex').slice(0, 32) + '.json');
  let made = false;
  return {
    get(docId, sha256) {
      try {
        const e = JSON.parse(readFileSync(pathOf(docId), 'utf8')) as CacheEntry;
        return e.doc_id === docId && e.sha256 === sha256 && e.config === config ? e.lines : null;
      } catch {
        return null;
      }
    },
    put(docId, sha256, lines) {
      if (!made) {
        mkdirSync(dir, { recursive: true });
        made = true;
      }
      const e: CacheEntry = { doc_id: docId, sha256, config, lines };
      writeFileAtomic(pathOf(docId), JSON.stringify(e), { fsync: false });
    },
  };
}

/** Hash of the values that decide the output besides the document text. */
export function configKey(parts: unknown): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 16);
}
