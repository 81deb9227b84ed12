import { isCasedLetter, isCloser, isDigit, isTerminal, isWhitespace } from '../chars.ts';
import type { Candidate } from '../types.ts';

/**
 * Rule 2: find the next run of terminal punctuation that could end a sentence.
 *
 * A spaced ellipsis ". . ." counts as one run. A candidate's `end` takes in the closing quotes and brackets right after the run ('.”', '?"',
 * '.)') and then reference marks written without a space ('[13]', '[2][3]'). A run is a candidate only when whitespace or
 * a letter follows; one followed directly by a digit, '-', '/', ',' or ':' ("2.15pm", "3.5",
 * "U.S.-led", "site.com/x") never ends a sentence and is skipped here.
 * @param text the document text
 * @param from where to start looking
 * @param blockEnd end of the current block (exclusive)
 * @returns the next candidate, or undefined when the block has none before its end
 */
export function findNextCandidate(text: string, from: number, blockEnd: number): Candidate | undefined {
  let i = from;
  while (i < blockEnd) {
    if (!isTerminal(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const punctStart = i;
    while (i < blockEnd && isTerminal(text.charCodeAt(i))) i++;
    i = skipSpacedEllipsis(text, punctStart, i, blockEnd);
    const punctEnd = i;
    let end = punctEnd;
    while (end < blockEnd && isCloser(text.charCodeAt(end))) end++;
    end = skipReferenceMarks(text, end, blockEnd);
    let next = end;
    while (next < blockEnd && isWhitespace(text.charCodeAt(next))) next++;
    const attached = next === end;
    if (attached && next < blockEnd && !isCasedLetter(text.charCodeAt(next))) {
      i = end;
      continue;
    }
    return { punctStart, punctEnd, end, next, attached };
  }
  return undefined;
}

/**
 * A spaced ellipsis ". . ." (single dots, single spaces, three or more) is one run; "action. ..."
 * is not (the gold ends the sentence after "action.").
 */
function skipSpacedEllipsis(text: string, runStart: number, runEnd: number, blockEnd: number): number {
  if (runEnd - runStart !== 1 || text.charCodeAt(runStart) !== 46) return runEnd;
  let end = runEnd;
  let dots = 1;
  while (
    end + 1 < blockEnd && text.charCodeAt(end) === 32 && text.charCodeAt(end + 1) === 46 &&
    !(end + 2 < blockEnd && text.charCodeAt(end + 2) === 46)
  ) {
    end += 2;
    dots++;
  }
  return dots >= 3 ? end : runEnd;
}

/**
 * Skip "[13]"-style reference marks (1 to 3 digits in brackets) directly at `at`. A mark after a
 * space ('world.” [1] Media') opens the next sentence instead (as the gold has it).
 */
function skipReferenceMarks(text: string, at: number, blockEnd: number): number {
  let end = at;
  while (end < blockEnd && text.charCodeAt(end) === 91) {
    let j = end + 1;
    while (j < blockEnd && j - end <= 3 && isDigit(text.charCodeAt(j))) j++;
    if (j === end + 1 || j >= blockEnd || text.charCodeAt(j) !== 93) break;
    end = j + 1;
  }
  return end;
}
