/**
 * Equivalent forms of a document: rewrites the normaliser must read as the same text, for the
 * metamorphic check in check-pipeline.ts.
 */
import { normaliseText } from '../../src/stages/normalise/normalise-text.ts';
import type { PipelineOutput } from './check-pipeline.ts';

const LINE_ENDS = ['\r\n', '\r', '\u2028', '\u0085'];
const SPACES = ['\u00A0', '\t', '\u3000', '\u2009', '\u202F'];
const SAME: Record<string, string[]> = {
  "'": ['\u2019', '\u2018', '\u02BC'],
  '"': ['\u201C', '\u201D', '\u00AB'],
  '-': ['\u2013', '\u2014', '\u2010', '\u2212'],
};
const fullwidth = (c: string): string => String.fromCodePoint(c.codePointAt(0)! - 0x21 + 0xff01);
const mathBold = (c: string): string => String.fromCodePoint((c <= 'Z' ? 0x1d400 - 0x41 : 0x1d41a - 0x61) + c.codePointAt(0)!);

/**
 * Rewrite a document into a form the normaliser must read as the same text: other line ends (when
 * the document has none but LF), other spaces, curly quotes and dashes, "…" for "...", full-width
 * and mathematical-bold letters, zero-width spaces and soft hyphens between two printable ASCII
 * characters, a BOM in front. Deterministic for a seed.
 */
export function equivalentForm(original: string, seed: number): string {
  let a = seed >>> 0;
  const rnd = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const eol = /[\r\u2028\u2029\u0085]/.test(original) ? '\n' : pick(LINE_ENDS);
  const printable = (c: string | undefined): boolean => c !== undefined && c >= ' ' && c <= '~';
  const isMark = (c: string | undefined): boolean => c !== undefined && /^\p{M}$/u.test(c);
  let out = rnd() < 0.5 ? '\uFEFF' : '';
  for (let i = 0; i < original.length; i++) {
    const c = original[i]!;
    if (i > 0 && printable(original[i - 1]) && printable(c) && rnd() < 0.08) out += rnd() < 0.7 ? '\u200B' : '\u00AD';
    const r = rnd();
    if (c === '\n') out += eol;
    else if (c === ' ' && r < 0.3) out += pick(SPACES);
    else if (SAME[c] && r < 0.5) out += pick(SAME[c]!);
    else if (c === '.' && original.startsWith('...', i) && r < 0.5) {
      out += '\u2026';
      i += 2;
    } else if (/[A-Za-z]/.test(c) && r < 0.05 && !isMark(original[i + 1])) out += rnd() < 0.5 ? fullwidth(c) : mathBold(c);
    else out += c;
  }
  return out;
}

/** What must not change between a document and its equivalent form (offsets aside). */
export function comparableOutput(out: PipelineOutput): string {
  const canon = (t: string): string => normaliseText(t).text;
  return JSON.stringify({
    docs: out.docs.map((r) => ({
      text: r.doc.text,
      sentences: r.sentences.map((s) => [s.index, canon(s.text), s.paragraph, s.cruft ?? false]),
      mentions: r.mentions.map(({ doc_id: _d, start: _s, end: _e, text, ...rest }) => ({ text: canon(text), ...rest })),
    })),
    relations: out.relations,
  });
}
