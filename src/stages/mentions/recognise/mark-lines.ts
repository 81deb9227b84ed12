/**
 * Line-level and span-level marks on tokens: headline lines (Title Case, where capitals say little),
 * tokens covered by gazetteer matches, and tokens inside URLs, e-mail addresses, handles and hashtags.
 */
import type { Lexicon } from './lexicon.ts';
import type { RecogniseInput, Token } from './types.ts';

const BLOCK_RE = /(?:https?:\/\/|www\.)\S+|\S+@\S+\.\S+|[@#][\p{L}\p{N}_]+|\S+\.(?:com|org|net|pk|af|html?)\b\S*/gu;
/** Every match of BLOCK_RE contains a match of this (cheap, literal-led) pattern. */
const BLOCK_HINT_RE = /[@#]|https?:|www\.|\.(?:com|org|net|pk|af|html?)\b/g;
const SPACE_RE = /\s/;
const SPACE_G_RE = /\s/g;

/**
 * Push the matches of BLOCK_RE over `text`. No match holds white space, so each lies inside one
 * run of non-space characters, and the matches inside a run do not depend on the text around it
 * (BLOCK_RE looks neither behind nor, past its `\b`, beyond the run). So BLOCK_RE runs only over the
 * runs that hold a hint, and finds exactly what a scan of the whole text finds, in the same order.
 */
function blockSpans(text: string, spans: Array<[number, number, string | undefined]>): void {
  BLOCK_HINT_RE.lastIndex = 0;
  for (let h = BLOCK_HINT_RE.exec(text); h !== null; h = BLOCK_HINT_RE.exec(text)) {
    let s = h.index;
    while (s > 0 && !SPACE_RE.test(text[s - 1])) s -= 1;
    SPACE_G_RE.lastIndex = h.index;
    const space = SPACE_G_RE.exec(text);
    const e = space === null ? text.length : space.index;
    const run = text.slice(s, e);
    BLOCK_RE.lastIndex = 0;
    for (let m = BLOCK_RE.exec(run); m !== null; m = BLOCK_RE.exec(run)) {
      spans.push([s + m.index, s + m.index + m[0].length, undefined]);
    }
    BLOCK_HINT_RE.lastIndex = e;
  }
}

/**
 * Mark the tokens of headline lines: at least two content words, and every content word capitalised
 * (short function words like "of", "in", "the" may stay lower case; a long line ending in a full stop
 * counts only if a function word inside it is capitalised). A line in capitals counts too;
 * a byline ("By Saima Jabeen and Tariq Butt") does not.
 * @param tokens all tokens of the document
 * @param lex the lexicon (for function words)
 */
export function markHeadlines(tokens: Token[], lex: Lexicon): void {
  let lineStart = 0;
  for (let i = 0; i <= tokens.length; i += 1) {
    const newLine = i === tokens.length || (i > lineStart && tokens[i].gapBefore.includes('\n'));
    if (!newLine) continue;
    if (isHeadline(tokens, lineStart, i, lex)) for (let k = lineStart; k < i; k += 1) tokens[k].headline = true;
    lineStart = i;
  }
}

/** The headline test of {@link markHeadlines} for the line of tokens `a..b-1` (stops at the first lower-case content word). */
function isHeadline(tokens: Token[], a: number, b: number, lex: Lexicon): boolean {
  let content = 0;
  // a capitalised function word inside the line ("... Districts As Farmers ...", "Orders Inquiry
  // Into Hospital Fire") marks Title Case even when the line ends with a full stop
  let titleCaseFunctionWord = false;
  for (let k = a; k < b; k += 1) {
    const t = tokens[k];
    if (t.kind !== 'word') continue;
    const w = t.surface.toLowerCase();
    const closed = lex.closedClass.has(w);
    if (!(closed && !t.cap)) {
      content += 1;
      if (!t.cap && !lex.connectors.has(w)) return false; // lower-case content word
    }
    if (k > a && t.cap && !t.sentenceStart && closed) titleCaseFunctionWord = true;
  }
  if (content < 2) return false;
  const endsLikeSentence = /[.!]$/.test(tokens[b - 1].surface) && content > 8 && !titleCaseFunctionWord;
  const isByline = /^by$/i.test(tokens[a].surface) || (b - a > 1 && /^by$/i.test(tokens[a + 1].surface));
  return !endsLikeSentence && !isByline;
}

/**
 * Mark tokens overlapping gazetteer matches (`taken`) with `taken` and `knownType`, and tokens inside
 * URLs, addresses, handles and hashtags with `taken` (they must never yield a candidate).
 * @param tokens all tokens of the document
 * @param input the recogniser input
 */
export function markBlocked(tokens: Token[], input: RecogniseInput): void {
  const spans: Array<[number, number, string | undefined]> = input.taken.map(([s, e]) => [s, e, undefined]);
  for (const k of input.known ?? []) spans.push([k.start, k.end, k.type]);
  blockSpans(input.text, spans);
  spans.sort((a, b) => a[0] - b[0]);
  let j = 0;
  for (const t of tokens) {
    while (j < spans.length && spans[j][1] <= t.start) j += 1;
    for (let k = j; k < spans.length && spans[k][0] < t.end; k += 1) {
      if (spans[k][1] > t.start) {
        t.taken = true;
        if (spans[k][2] !== undefined) t.knownType = spans[k][2];
      }
    }
  }
}
