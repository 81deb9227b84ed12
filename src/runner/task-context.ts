/**
 * Build everything a document task needs from serialisable options: used by the main thread and
 * by each worker thread, so both process documents identically.
 */
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createProcessor } from './process-document.ts';
import { openCache, configKey } from './cache.ts';
import { loadGazetteer } from '../gazetteer/load.ts';
import { compileGazetteer, type CompiledGazetteer } from '../gazetteer/compile.ts';
import { loadCommonWords } from '../gazetteer/common-words.ts';
import type { Recognise } from '../stages/mentions/index.ts';
import type { Diagnostic } from '../types/diagnostic.ts';
import type { TaskContext } from './doc-task.ts';

/** Options that cross the thread boundary (plain data). */
export interface TaskOptions {
  gazetteer: string[];
  fuzzy: boolean;
  variants: boolean;
  learn: boolean;
  ner: boolean;
  maxDocBytes: number;
  /** run the mentions stage (false: normalise and sentences only, no gazetteer) */
  mentions: boolean;
  /** output folder for the cache, or null for no cache */
  cacheIn: string | null;
}

/** The tanzeem version that goes into cache keys. */
export const OUTPUT_VERSION = '0.1.0';

let codeHashMemo: string | null = null;

/**
 * Hash of tanzeem's own source and data files (src/**): part of the cache key, so a changed
 * matcher never reuses results computed by the old one.
 */
export function codeHash(): string {
  if (codeHashMemo) return codeHashMemo;
  const root = fileURLToPath(new URL('../', import.meta.url));
  const h = createHash('sha256');
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else {
        h.update(p.slice(root.length));
        h.update(readFileSync(p));
      }
    }
  };
  walk(root);
  codeHashMemo = h.digest('hex').slice(0, 16);
  return codeHashMemo;
}

/** Load and compile the gazetteer folders (fatal diagnostics throw). */
export function prepareGazetteer(paths: string[]): { compiled: CompiledGazetteer; diagnostics: Diagnostic[] } {
  const { gazetteer, diagnostics } = loadGazetteer(paths);
  return { compiled: compileGazetteer(gazetteer, { commonWords: loadCommonWords() }), diagnostics };
}

/** Load the fallback recogniser. */
export async function loadRecogniser(): Promise<Recognise> {
  const mod = (await import('../stages/mentions/recognise/index.ts')) as { createRecogniser: (o?: object) => Recognise };
  return mod.createRecogniser();
}

/**
 * @param opts serialisable options
 * @param compiled an already compiled gazetteer (the main thread passes its own)
 */
export async function buildTaskContext(opts: TaskOptions, compiled?: CompiledGazetteer | null): Promise<TaskContext & { compiled: CompiledGazetteer | null }> {
  const gaz = opts.mentions ? (compiled ?? prepareGazetteer(opts.gazetteer).compiled) : null;
  const recognise = opts.mentions && opts.ner ? await loadRecogniser() : undefined;
  const processor = createProcessor(gaz, { fuzzy: opts.fuzzy, variants: opts.variants, learn: opts.learn, ...(recognise ? { recognise } : {}) });
  const key = configKey({ v: OUTPUT_VERSION, code: codeHash(), mentions: opts.mentions, gazetteer: gaz?.version ?? null, fuzzy: opts.fuzzy, variants: opts.variants, learn: opts.learn, ner: opts.ner });
  return {
    compiled: gaz,
    process: (raw) => processor.fromRaw(raw),
    maxDocBytes: opts.maxDocBytes,
    cache: opts.cacheIn ? openCache(join(opts.cacheIn, '.cache'), key) : null,
  };
}
