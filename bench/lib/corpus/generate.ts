/**
 * Deterministic corpus generator: documents built from the seed articles with light mutation, so
 * that name variants occur at the rates a real news corpus shows them. Document i depends only on
 * (seed, i, seed articles), so a 5 MB corpus is the prefix of a 50 MB one.
 *
 * Per document: a base article; a length (a few paragraphs, a window of the article, the whole
 * article, or the article with paragraphs of others appended); paragraphs shuffled (the headline
 * stays first); ~30% of known names replaced by a transliteration variant; a few documents with
 * CRLF line ends or straight quotes.
 */
import { createRng, docSeed, type Rng } from './prng.ts';
import type { SeedArticle, SeedParagraph } from './seed-articles.ts';
import { variantOf } from './variants.ts';

/** Bump when the output for a given seed changes: a stored corpus with another version is regenerated. */
export const GENERATOR_VERSION = 2;
export const DEFAULT_SEED = 20240601;

export interface GeneratedDoc {
  /** relative path, '/'-separated, ending in .txt */
  path: string;
  text: string;
}

const DOCS_PER_FOLDER = 500;

function mutate(p: SeedParagraph, rng: Rng, rate: number): string {
  if (p.names.length === 0) return p.text;
  let out = '';
  let at = 0;
  for (const h of p.names) {
    out += p.text.slice(at, h.start) + (rng.chance(rate) ? variantOf(h.name, rng) : h.name);
    at = h.end;
  }
  return out + p.text.slice(at);
}

function window<T>(items: readonly T[], rng: Rng, k: number): T[] {
  if (items.length === 0) return [];
  const start = rng.int(0, items.length - 1);
  return Array.from({ length: Math.min(k, items.length) }, (_, j) => items[(start + j) % items.length]!);
}

function pickParagraphs(articles: readonly SeedArticle[], a: SeedArticle, rng: Rng): SeedParagraph[] {
  const r = rng.next();
  if (r < 0.25) return window(a.paragraphs, rng, rng.int(1, 3));
  if (r < 0.65) return window(a.paragraphs, rng, rng.int(4, 12));
  if (r < 0.9) return [...a.paragraphs];
  const extra = rng.int(1, 2);
  const more = Array.from({ length: extra }, () => window(rng.pick(articles).paragraphs, rng, rng.int(3, 15))).flat();
  return [...a.paragraphs, ...more];
}

/** Document i of the corpus. */
export function generateDoc(articles: readonly SeedArticle[], seed: number, i: number): GeneratedDoc {
  const rng = createRng(docSeed(seed, i));
  const a = rng.pick(articles);
  let paras = pickParagraphs(articles, a, rng);
  if (rng.chance(0.6)) paras = rng.shuffle(paras);
  const rate = rng.pick([0.15, 0.3, 0.3, 0.45]);
  let text = [a.headline, ...paras].map((p) => mutate(p, rng, rate)).join('\n\n') + '\n';
  if (rng.chance(0.1)) text = text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'");
  if (rng.chance(0.05)) text = text.replace(/\n/g, '\r\n');
  const folder = String(Math.floor(i / DOCS_PER_FOLDER)).padStart(3, '0');
  return { path: `${folder}/doc-${String(i).padStart(6, '0')}.txt`, text };
}

/**
 * Documents in order until their UTF-8 size reaches `bytes`.
 * @param articles seed articles (readSeedArticles)
 */
export function* generateCorpus(articles: readonly SeedArticle[], bytes: number, seed = DEFAULT_SEED): Generator<GeneratedDoc> {
  if (articles.length === 0) throw new Error('corpus generator: no seed articles');
  let total = 0;
  for (let i = 0; total < bytes; i++) {
    const d = generateDoc(articles, seed, i);
    total += Buffer.byteLength(d.text, 'utf8');
    yield d;
  }
}
