/**
 * Write the generated corpus under bench/data/corpus/<size>/ with a manifest, or reuse the one
 * there when the generator version, seed, size and seed articles are the same.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readSeedArticles } from './seed-articles.ts';
import { DEFAULT_SEED, GENERATOR_VERSION, generateCorpus } from './generate.ts';

export interface CorpusManifest {
  generator: number;
  seed: number;
  mb: number;
  seeds: string;
  docs: number;
  bytes: number;
  /** sha256 over every (path, text) in order */
  sha256: string;
}

/** Hash of the seed articles (names and bytes). */
export function hashSeeds(seedDir: string): string {
  const h = createHash('sha256');
  for (const f of readdirSync(seedDir).filter((x) => x.endsWith('.txt')).sort()) {
    h.update(f);
    h.update(readFileSync(join(seedDir, f)));
  }
  return h.digest('hex').slice(0, 16);
}

/**
 * @param root folder holding one sub-folder per corpus size (bench/data/corpus)
 * @param seedDir the seed articles (corpus/)
 * @param mb size in MB (1e6 bytes of UTF-8)
 * @returns the corpus folder, its manifest and whether it was reused
 */
export function ensureCorpus(root: string, seedDir: string, mb: number, seed = DEFAULT_SEED): { dir: string; manifest: CorpusManifest; reused: boolean } {
  const dir = join(root, `${mb}mb`);
  const seeds = hashSeeds(seedDir);
  const mfPath = join(dir, 'manifest.json');
  if (existsSync(mfPath)) {
    const m = JSON.parse(readFileSync(mfPath, 'utf8')) as CorpusManifest;
    if (m.generator === GENERATOR_VERSION && m.seed === seed && m.mb === mb && m.seeds === seeds) return { dir, manifest: m, reused: true };
  }
  const tmp = `${dir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  const h = createHash('sha256');
  let docs = 0;
  let bytes = 0;
  for (const d of generateCorpus(readSeedArticles(seedDir), mb * 1e6, seed)) {
    const p = join(tmp, d.path);
    mkdirSync(dirname(p), { recursive: true });
    const buf = Buffer.from(d.text, 'utf8');
    writeFileSync(p, buf);
    h.update(d.path);
    h.update(buf);
    docs++;
    bytes += buf.length;
  }
  const manifest: CorpusManifest = { generator: GENERATOR_VERSION, seed, mb, seeds, docs, bytes, sha256: h.digest('hex') };
  writeFileSync(join(tmp, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  rmSync(dir, { recursive: true, force: true });
  renameSync(tmp, dir);
  return { dir, manifest, reused: false };
}
