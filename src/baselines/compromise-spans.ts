/**
 * Baseline 1: compromise's rule-based named-entity tagger. `nlp(text).organizations()`,
 * `.people()` and `.places()` become ORG, PERSON and LOC spans.
 *
 * A compromise match is cut where punctuation other than a hyphen or a space separates two of its
 * terms ("Quetta, Pakistan" is two places), so list-like matches are not one span. Everything else
 * (titles kept, "Islamic State" read as a place) is compromise's own decision: this is the
 * off-the-shelf baseline, not a tuned one.
 */
import nlp from 'compromise';
import type { Proposed } from './to-mention-records.ts';

interface OffsetTerm {
  text: string;
  pre: string;
  post: string;
  offset: { start: number; length: number };
}
interface OffsetMatch {
  terms: OffsetTerm[];
}

/** The compromise selections and the type each maps to. */
const SELECTIONS: ReadonlyArray<['ORG' | 'PERSON' | 'LOC', 'organizations' | 'people' | 'places']> = [
  ['ORG', 'organizations'],
  ['PERSON', 'people'],
  ['LOC', 'places'],
];

const BREAK_RE = /[^\s\-\u2010]/u;

/**
 * Find ORG, PERSON and LOC spans with compromise.
 * @param text the (normalised) document text
 * @returns spans into `text`, in compromise's order per type; terms whose offset does not slice back
 *   to their text are left out (so every span is exact)
 */
export function compromiseSpans(text: string): Proposed[] {
  const doc = nlp(text);
  const out: Proposed[] = [];
  for (const [type, select] of SELECTIONS) {
    const matches = doc[select]().out('offset') as OffsetMatch[];
    for (const m of matches) {
      let run: OffsetTerm[] = [];
      const flush = (): void => {
        if (run.length > 0) {
          const first = run[0]!;
          const last = run[run.length - 1]!;
          out.push({ start: first.offset.start, end: last.offset.start + last.offset.length, type });
        }
        run = [];
      };
      for (const t of m.terms) {
        if (text.slice(t.offset.start, t.offset.start + t.offset.length) !== t.text || t.text === '') {
          flush();
          continue;
        }
        if (run.length > 0 && (BREAK_RE.test(run[run.length - 1]!.post) || BREAK_RE.test(t.pre))) flush();
        run.push(t);
      }
      flush();
    }
  }
  return out;
}
