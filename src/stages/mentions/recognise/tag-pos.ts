/**
 * Part-of-speech hints from wink-nlp (its English lite model), laid onto the recogniser's tokens by
 * character offset. wink-nlp runs at several MB/s, so it is cheap enough for every document.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Token } from './types.ts';

/** Tags a text and returns a map from token start offset to universal POS tag. */
export type PosTagger = (text: string) => Map<number, string>;

/**
 * Load the wink-nlp model (once) and return a tagger.
 * @returns a function from text to `start offset → POS tag` for every wink token found in the text
 */
export function createPosTagger(): PosTagger {
  const nlp = winkNLP(model, ['sbd', 'pos']);
  const its = nlp.its;
  return (text) => {
    const doc = nlp.readDoc(text);
    const values = doc.tokens().out() as string[];
    const tags = doc.tokens().out(its.pos) as string[];
    const spaces = doc.tokens().out(its.precedingSpaces) as string[];
    const byStart = new Map<number, string>();
    let cursor = 0;
    for (let i = 0; i < values.length; i += 1) {
      const at = cursor + spaces[i].length;
      if (text.startsWith(values[i], at)) {
        byStart.set(at, tags[i]);
        cursor = at + values[i].length;
        continue;
      }
      const near = text.slice(cursor, cursor + 64).indexOf(values[i]);
      if (near < 0) continue;
      byStart.set(cursor + near, tags[i]);
      cursor += near + values[i].length;
    }
    return byStart;
  };
}

/**
 * Copy the tags onto tokens that start where a wink token starts.
 * @param tokens the recogniser's tokens
 * @param tags from a {@link PosTagger}
 */
export function applyPosTags(tokens: Token[], tags: Map<number, string>): void {
  for (const t of tokens) {
    const tag = tags.get(t.start);
    if (tag !== undefined) t.pos = tag;
  }
}
