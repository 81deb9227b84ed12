import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readSeedArticles } from '../../bench/lib/corpus/seed-articles.ts';
import { generateCorpus } from '../../bench/lib/corpus/generate.ts';
import { ensureCorpus } from '../../bench/lib/corpus/ensure-corpus.ts';
import { variantOf } from '../../bench/lib/corpus/variants.ts';
import { createRng } from '../../bench/lib/corpus/prng.ts';

const seedDir = new URL('../../corpus/', import.meta.url).pathname;
const tmp = mkdtempSync(join(tmpdir(), 'tz-bench-corpus-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('bench corpus generator', () => {
  const articles = readSeedArticles(seedDir);

  it('gives the same documents for the same seed, and a smaller corpus is a prefix of a larger one', () => {
    const a = [...generateCorpus(articles, 100_000, 7)];
    const b = [...generateCorpus(articles, 100_000, 7)];
    expect(b).toEqual(a);
    const small = [...generateCorpus(articles, 40_000, 7)];
    expect(a.slice(0, small.length)).toEqual(small);
    const total = a.reduce((n, d) => n + Buffer.byteLength(d.text, 'utf8'), 0);
    expect(total).toBeGreaterThanOrEqual(100_000);
    expect(new Set(a.map((d) => d.path)).size).toBe(a.length);
    const other = [...generateCorpus(articles, 100_000, 8)];
    expect(other.map((d) => d.text)).not.toEqual(a.slice(0, other.length).map((d) => d.text));
  });

  it('mutates names into transliteration variants, deterministically', () => {
    const variants = (seed: number) => Array.from({ length: 40 }, (_, i) => variantOf('Lashkar-e-Jhangvi', createRng(seed * 100 + i)));
    expect(variants(1)).toEqual(variants(1));
    const distinct = new Set(variants(1));
    expect(distinct.size).toBeGreaterThan(5);
    expect(distinct.has('Lashkar-e-Jhangvi')).toBe(false);
  });

  it('writes the corpus with a manifest and reuses it when nothing changed', () => {
    const first = ensureCorpus(join(tmp, 'one'), seedDir, 0.05, 7);
    const again = ensureCorpus(join(tmp, 'one'), seedDir, 0.05, 7);
    const elsewhere = ensureCorpus(join(tmp, 'two'), seedDir, 0.05, 7);
    expect(first.reused).toBe(false);
    expect(again.reused).toBe(true);
    expect(elsewhere.manifest).toEqual(first.manifest);
    expect(first.manifest.bytes).toBeGreaterThanOrEqual(50_000);
    const doc0 = [...generateCorpus(articles, 1, 7)][0]!;
    expect(readFileSync(join(first.dir, doc0.path), 'utf8')).toBe(doc0.text);
  });
});
