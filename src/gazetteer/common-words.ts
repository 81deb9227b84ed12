/**
 * The common-English-word list (data/english-stoplist, SUBTLEXus top 5,000) as folded keys:
 * one-token gazetteer names with these keys are demoted to weak aliases at compile time.
 */
import { readFileSync } from 'node:fs';
import { commonWordSet } from './compile.ts';

const DEFAULT = new URL('../../data/english-stoplist/common-english-5000.txt', import.meta.url);

/** Read a word list (one word per line, # comments) and fold it. */
export function loadCommonWords(path: URL | string = DEFAULT): Set<string> {
  const words = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#'));
  return commonWordSet(words);
}
