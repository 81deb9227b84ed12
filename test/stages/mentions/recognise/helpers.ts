/**
 * Test helpers: one shared recogniser (the wink-nlp model loads once per test file) and a
 * naive sentence splitter for fixture text written for these tests.
 */
import { createRecogniser, type Candidate, type RecogniserOptions } from '../../../../src/stages/mentions/recognise/index.ts';

/**
 * Sentence spans: every line, cut after . ! ? (not after an abbreviation such as "Mr." or "a.k.a.")
 * followed by a space and a capital or a quote.
 */
export function naiveSentences(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const line = /[^\n]+/g;
  for (let m = line.exec(text); m !== null; m = line.exec(text)) {
    let start = m.index;
    const cut = /(?<=[a-z0-9]{2}|["”’)])[.!?]["”’)]?\s+(?=[A-Z“"])/g;
    for (let k = cut.exec(m[0]); k !== null; k = cut.exec(m[0])) {
      const end = m.index + k.index + k[0].length;
      out.push([start, end]);
      start = end;
    }
    out.push([start, m.index + m[0].length]);
  }
  return out;
}

const shared = createRecogniser();

/** A candidate as its text, type and cue. */
export interface Found { text: string; type: Candidate['type']; cue: string }

/**
 * Run a recogniser on `text` and return what it found.
 * @param text fixture text
 * @param taken spans the gazetteer already matched
 * @param options recogniser options (a new recogniser is made when given)
 */
export function find(text: string, taken: Array<[number, number]> = [], options?: RecogniserOptions): Found[] {
  const run = options ? createRecogniser(options) : shared;
  return run({ text, sentences: naiveSentences(text), taken })
    .map((c) => ({ text: text.slice(c.start, c.end), type: c.type, cue: c.cue }));
}

/** `text → type` pairs, the shape most assertions compare. */
export function pairs(text: string, taken: Array<[number, number]> = []): Array<[string, string]> {
  return find(text, taken).map((f) => [f.text, f.type]);
}
