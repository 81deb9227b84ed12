/**
 * Line-level and span-level marks on tokens: headline lines (Title Case, where capitals say little),
 * tokens covered by gazetteer matches, and tokens inside URLs, e-mail addresses, handles and hashtags.
 */
import type { Lexicon } from './lexicon.ts';
import type { RecogniseInput, Token } from './types.ts';

const BLOCK_RE = /(?:https?:\/\/|www\.)\S+|\S+@\S+\.\S+|[@#][\p{L}\p{N}_]+|\S+\.(?:com|org|net|pk|af|html?)\b\S*/gu;
/** Every match of BLOCK_RE contains a match of this (cheap, literal-led) pattern. */
const BLOCK_HINT_RE = /[@#]|https?:|www\.|\.(?:com|org|net|pk|af|html?)\b/;

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
    const line = tokens.slice(lineStart, i);
    const content = line.filter((t) => t.kind === 'word' && !(lex.closedClass.has(t.surface.toLowerCase()) && !t.cap));
    const lowerContent = content.filter((t) => !t.cap && !lex.connectors.has(t.surface.toLowerCase()));
    // a capitalised function word inside the line ("... Districts As Farmers ...", "Orders Inquiry
    // Into Hospital Fire") marks Title Case even when the line ends with a full stop
    const titleCaseFunctionWord = line.slice(1).some((t) => t.cap && !t.sentenceStart && lex.closedClass.has(t.surface.toLowerCase()));
    const endsLikeSentence = line.length > 0 && /[.!]$/.test(line[line.length - 1].surface) && content.length > 8 && !titleCaseFunctionWord;
    const isByline = line.slice(0, 2).some((t) => /^by$/i.test(t.surface));
    if (content.length >= 2 && lowerContent.length === 0 && !endsLikeSentence && !isByline) {
      for (const t of line) t.headline = true;
    }
    lineStart = i;
  }
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
  BLOCK_RE.lastIndex = 0;
  // BLOCK_RE cannot match a text without one of these; skip its character-by-character scan
  if (BLOCK_HINT_RE.test(input.text)) for (let m = BLOCK_RE.exec(input.text); m !== null; m = BLOCK_RE.exec(input.text)) {
    spans.push([m.index, m.index + m[0].length, undefined]);
  }
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
