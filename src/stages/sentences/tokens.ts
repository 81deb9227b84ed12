import { isCasedLetter, isOpener, isWhitespace } from './chars.ts';

/**
 * Start of the word that a terminal run at `punctStart` closes: back to the previous whitespace
 * (not before `lowerBound`), then forward past opening quotes and brackets.
 * @param text the document text
 * @param punctStart index of the terminal punctuation
 * @param lowerBound the token never starts before this (the sentence start)
 * @returns index of the token's first character; equals `punctStart` when there is no word
 */
export function tokenStartBefore(text: string, punctStart: number, lowerBound: number): number {
  let s = punctStart;
  while (s > lowerBound && !isWhitespace(text.charCodeAt(s - 1))) s--;
  while (s < punctStart && isOpener(text.charCodeAt(s))) s++;
  return s;
}

/**
 * The first word at `at`, after any opening quotes or brackets: letters only, so "It’s" gives
 * "It" and "“We" gives "We".
 * @param text the document text
 * @param at index of the first non-space character after a candidate
 * @param blockEnd end of the block (exclusive)
 * @returns the word, or '' when a letter does not come first
 */
export function wordAt(text: string, at: number, blockEnd: number): string {
  let s = at;
  while (s < blockEnd && isOpener(text.charCodeAt(s))) s++;
  let e = s;
  while (e < blockEnd && isCasedLetter(text.charCodeAt(e))) e++;
  return text.slice(s, e);
}

/**
 * Index of the first character at `at` that is not an opening quote or bracket.
 * @returns an index ≤ blockEnd
 */
export function skipOpeners(text: string, at: number, blockEnd: number): number {
  let s = at;
  while (s < blockEnd && isOpener(text.charCodeAt(s))) s++;
  return s;
}
