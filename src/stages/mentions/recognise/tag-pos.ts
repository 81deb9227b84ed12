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

/**
 * A lazy tagger for one document: the first time a token's tag is asked for, its whole sentence is
 * tagged (never a fragment: wink's tags depend on the context within the sentence) and the tags are
 * laid onto every token of that sentence. Tokens outside any sentence get the tags of the whole text.
 * Only sentences whose tags some rule or filter reads are tagged at all.
 * @param tagger from {@link createPosTagger}
 * @param text the article text
 * @param tokens its tokens, with `sentence` set
 * @param sentences the sentence spans in the order `Token.sentence` indexes them (sorted by start)
 * @returns a function from a token to its tag (also stored in `pos`)
 */
export function createLazyPos(tagger: PosTagger, text: string, tokens: Token[],
  sentences: ReadonlyArray<readonly [number, number]>): (t: Token) => string | undefined {
  let done: Uint8Array | undefined;
  let firstTok: Int32Array | undefined;
  let lastTok: Int32Array | undefined;
  let wholeDone = false;
  return (t) => {
    const s = t.sentence;
    if (s < 0) {
      if (!wholeDone) {
        wholeDone = true;
        const tags = tagger(text);
        for (const u of tokens) {
          if (u.sentence >= 0) continue;
          const tag = tags.get(u.start);
          if (tag !== undefined) u.pos = tag;
        }
      }
      return t.pos;
    }
    if (!done || !firstTok || !lastTok) {
      done = new Uint8Array(sentences.length);
      firstTok = new Int32Array(sentences.length).fill(-1);
      lastTok = new Int32Array(sentences.length).fill(-1);
      for (let i = 0; i < tokens.length; i += 1) {
        const k = tokens[i].sentence;
        if (k < 0) continue;
        if (firstTok[k] < 0) firstTok[k] = i;
        lastTok[k] = i;
      }
    }
    if (done[s] === 0) {
      done[s] = 1;
      const [a, b] = sentences[s];
      const tags = tagger(text.slice(a, b));
      for (let i = firstTok[s]; i >= 0 && i <= lastTok[s]; i += 1) {
        const u = tokens[i];
        if (u.sentence !== s) continue;
        const tag = tags.get(u.start - a);
        if (tag !== undefined) u.pos = tag;
      }
    }
    return t.pos;
  };
}
