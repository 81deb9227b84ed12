/**
 * Find and read gold files. The only module of src/gold that touches the file system, together
 * with check-gold.ts reading corpus texts.
 */
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../types/diagnostic.ts';
import { docIdOf, isInside } from './doc-id.ts';

/** One gold file found: its doc_id by name, and its parsed JSON or the parse error. */
export interface GoldFileRead {
  file: string;
  docId: string;
  json: unknown;
  error: Diagnostic | null;
}

/**
 * List `*.json` files under `dir` (recursively, dot-files skipped, sorted), read and parse them.
 * @param dir the gold folder
 * @returns parsed files, plus a `GOLD_PATH` diagnostic for each entry that resolves outside `dir`
 * Note: a symlink pointing outside the gold folder is reported and never read.
 */
export function readGoldDir(dir: string): { files: GoldFileRead[]; diagnostics: Diagnostic[] } {
  const files: GoldFileRead[] = [];
  const diagnostics: Diagnostic[] = [];
  const root = realpathSync(dir);
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      if (name.startsWith('.')) continue;
      const path = join(d, name);
      const real = safeRealpath(path);
      if (real === null || !isInside(root, real)) {
        diagnostics.push({
          code: 'GOLD_PATH',
          severity: 'fatal',
          stage: 'gold-check',
          file: path,
          message: real === null ? 'broken link in the gold folder' : `resolves to ${real}, outside the gold folder`,
          fix: 'keep gold files as plain files inside the gold folder',
        });
        continue;
      }
      if (statSync(real).isDirectory()) {
        if (!lstatSync(path).isSymbolicLink()) walk(path);
        continue;
      }
      if (name.endsWith('.json')) files.push(readOne(dir, path));
    }
  };
  walk(dir);
  return { files, diagnostics };
}

function safeRealpath(path: string): string | null {
  try {
    return realpathSync(path);
  } catch {
    return null;
  }
}

function readOne(dir: string, file: string): GoldFileRead {
  const docId = docIdOf(dir, file, '.json');
  const text = readFileSync(file, 'utf8');
  try {
    return { file, docId, json: JSON.parse(text), error: null };
  } catch (err) {
    const message = (err as Error).message;
    const pos = /position (\d+)/.exec(message);
    const line = pos ? text.slice(0, Number(pos[1])).split('\n').length : Number(/line (\d+)/.exec(message)?.[1] ?? NaN);
    return {
      file,
      docId,
      json: null,
      error: {
        code: 'GOLD_JSON',
        severity: 'fatal',
        stage: 'gold-check',
        file,
        ...(Number.isFinite(line) ? { line } : {}),
        message: `not valid JSON: ${message}`,
        fix: 'repair the JSON (a trailing comma or a missing quote is the usual cause)',
      },
    };
  }
}
