/**
 * Find and read corpus documents. A document is a UTF-8 .txt file; its doc_id is its path relative
 * to the corpus folder without the extension, with '/' separators. Problems become diagnostics
 * naming the file; the document is skipped and the others go on.
 */
import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Diagnostic } from '../types/diagnostic.ts';
import type { RawDoc } from '../types/records.ts';

export interface CorpusEntry {
  docId: string;
  path: string;
}

/**
 * List .txt files under `dir`, recursively, sorted by doc_id. Symbolic links that lead outside the
 * corpus folder are not followed (reported as INPUT_SYMLINK_OUTSIDE).
 */
export function listCorpus(dir: string, diagnostics: Diagnostic[]): CorpusEntry[] {
  const root = realpathSync(dir);
  const out: CorpusEntry[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      if (name.startsWith('.')) continue;
      const p = join(d, name);
      let st = lstatSync(p);
      if (st.isSymbolicLink()) {
        let real: string;
        try {
          real = realpathSync(p);
        } catch {
          diagnostics.push({ code: 'INPUT_UNREADABLE', severity: 'warn', stage: 'read', file: p, message: 'broken symbolic link', fix: 'remove the link or restore its target' });
          continue;
        }
        if (real !== root && !real.startsWith(root + sep)) {
          diagnostics.push({ code: 'INPUT_SYMLINK_OUTSIDE', severity: 'warn', stage: 'read', file: p, message: `symbolic link leads outside the corpus folder (${real}); not followed`, fix: 'copy the file into the corpus folder if it belongs there' });
          continue;
        }
        st = statSync(p);
      }
      if (st.isDirectory()) walk(p);
      else if (st.isFile() && name.endsWith('.txt')) {
        const rel = relative(dir, p).split(sep).join('/');
        out.push({ docId: rel.slice(0, -4), path: p });
      }
    }
  };
  walk(dir);
  return out.sort((a, b) => (a.docId < b.docId ? -1 : a.docId > b.docId ? 1 : 0));
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }); // keep a BOM: offsets count it, as a reader of the raw file does

/**
 * Read one document; returns a diagnostic instead when it cannot be used.
 * @param maxBytes documents above this size are rejected (INPUT_TOO_LARGE)
 */
export function readDocument(entry: CorpusEntry, maxBytes: number): RawDoc | Diagnostic {
  const base = { stage: 'read', file: entry.path, docId: entry.docId } as const;
  let bytes: Buffer;
  try {
    const size = statSync(entry.path).size;
    if (size > maxBytes) return { ...base, code: 'INPUT_TOO_LARGE', severity: 'fatal', message: `document is ${size} bytes, above the limit of ${maxBytes} bytes`, fix: `raise the limit with --max-doc-mb ${Math.ceil(size / 1e6)} or split the document` };
    bytes = readFileSync(entry.path);
  } catch (err) {
    return { ...base, code: 'INPUT_UNREADABLE', severity: 'fatal', message: `cannot read the file: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, fix: 'check that the file exists and is readable; rerun' };
  }
  if (bytes.length === 0) return { ...base, code: 'INPUT_EMPTY', severity: 'warn', message: 'document is empty; skipped', fix: 'remove the file or fill it' };
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { ...base, code: 'INPUT_BINARY', severity: 'fatal', message: `file contains a NUL byte at byte ${nul}: looks binary, not text`, fix: 'convert it to UTF-8 text or remove it from the corpus' };
  let original: string;
  try {
    original = decoder.decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    return { ...base, code: 'INPUT_NOT_UTF8', severity: 'fatal', message: `not valid UTF-8 (first bad byte at offset ${bad}, line ${lineAt(bytes, bad)})`, fix: 'convert the file to UTF-8, e.g. iconv -f WINDOWS-1252 -t UTF-8' };
  }
  return { doc_id: entry.docId, original, sha256: createHash('sha256').update(bytes).digest('hex') };
}

function firstInvalidUtf8(bytes: Buffer): number {
  let lo = 0;
  let hi = bytes.length;
  // binary search the longest valid prefix (a prefix cut inside a character also fails, so step back)
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  return lo;
}

function lineAt(bytes: Buffer, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
