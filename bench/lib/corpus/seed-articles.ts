/**
 * The seed articles split into a headline and paragraphs, with the positions of known names in
 * each paragraph (found once, reused for every generated document).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEED_NAMES } from './seed-names.ts';

export interface NameHit {
  start: number;
  end: number;
  name: string;
}

export interface SeedParagraph {
  text: string;
  names: NameHit[];
}

export interface SeedArticle {
  file: string;
  headline: SeedParagraph;
  paragraphs: SeedParagraph[];
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Longest names first, whole words only. */
const NAME_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...SEED_NAMES].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu');

export function findNames(text: string): NameHit[] {
  return [...text.matchAll(NAME_RE)].map((m) => ({ start: m.index, end: m.index + m[0].length, name: m[0] }));
}

/** Split into paragraphs at blank lines; an article without blank lines splits at line ends. */
export function splitParagraphs(text: string): string[] {
  const clean = text.replace(/\r\n?/g, '\n').trim();
  const parts = /\n[ \t]*\n/.test(clean) ? clean.split(/\n[ \t]*\n+/) : clean.split('\n');
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

/**
 * @param dir folder of seed .txt articles (read in name order)
 */
export function readSeedArticles(dir: string): SeedArticle[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const paras = splitParagraphs(readFileSync(join(dir, file), 'utf8')).map((text) => ({ text, names: findNames(text) }));
      return { file, headline: paras[0]!, paragraphs: paras.slice(1) };
    });
}
