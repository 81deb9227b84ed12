/**
 * Checks of one gold document against its corpus text (ANNOTATION.md, CONTRACT.md "Gold files").
 */
import type { Diagnostic, Severity } from '../types/diagnostic.ts';
import type { GoldDoc, Span } from '../types/records.ts';
import { docIdProblem } from './doc-id.ts';
import { spanFixHint } from './text-hints.ts';

const TYPES = ['ORG', 'PERSON', 'LOC'];

/** What the checks need besides the document. */
export interface GoldDocContext {
  /** Path shown in diagnostics. */
  file: string;
  /** doc_id the file name stands for; null skips the comparison. */
  expectedDocId: string | null;
  /** Original corpus text; undefined skips the checks that need it. */
  text: string | undefined;
  /** An empty sentence list is an error (gold:check) or a warning (gold:import). */
  requireSentences: boolean;
}

/**
 * Check one gold document.
 * @param doc a document of the right shape (see parseGoldShape)
 * @param ctx file name, expected doc_id and corpus text
 * @returns diagnostics: `fatal` for errors, `warn` for likely annotation slips
 * Note: errors are doc_id mismatch or unsafe doc_id, span out of range, slice ≠ text, unknown
 * type, unsorted or overlapping mentions or sentences, a mention not inside exactly one sentence,
 * no sentences (when required). Warnings are whitespace at span edges, a trailing possessive, and
 * non-space text outside every sentence.
 */
export function checkGoldDoc(doc: GoldDoc, ctx: GoldDocContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const add = (severity: Severity, code: string, message: string, fix: string, span?: Span): void => {
    out.push({ code, severity, stage: 'gold-check', file: ctx.file, docId: doc.doc_id, ...(span ? { start: span.start, end: span.end } : {}), message, fix });
  };
  const unsafe = docIdProblem(doc.doc_id);
  if (unsafe) add('fatal', 'GOLD_DOC_ID', `doc_id ${JSON.stringify(doc.doc_id)} ${unsafe}`, 'use the corpus path of the document without .txt');
  else if (ctx.expectedDocId !== null && doc.doc_id !== ctx.expectedDocId) {
    add('fatal', 'GOLD_DOC_ID', `doc_id ${JSON.stringify(doc.doc_id)} does not match the file name (${JSON.stringify(ctx.expectedDocId)})`, `set "doc_id": ${JSON.stringify(ctx.expectedDocId)} or rename the file to ${doc.doc_id}.json`);
  }
  const len = ctx.text?.length ?? Infinity;
  const inRange = (s: Span): boolean => s.start >= 0 && s.start < s.end && s.end <= len;
  const show = (s: Span): string => `${s.start}–${s.end}`;

  doc.mentions.forEach((m, i) => {
    const where = `mentions[${i}] ${show(m)} ${JSON.stringify(m.text)}`;
    if (!TYPES.includes(m.type)) add('fatal', 'GOLD_TYPE', `${where}: type ${JSON.stringify(m.type)} is not ORG, PERSON or LOC`, 'use one of the three types (ANNOTATION.md) or remove the mention', m);
    if (!inRange(m)) return add('fatal', 'GOLD_SPAN_RANGE', `${where}: span must satisfy 0 <= start < end <= ${len}`, 'correct start and end', m);
    if (ctx.text === undefined) return;
    const slice = ctx.text.slice(m.start, m.end);
    if (slice !== m.text) add('fatal', 'GOLD_SPAN_TEXT', `${where}: the text there is ${JSON.stringify(slice)}`, spanFixHint(ctx.text, m.start, m.end, m.text), m);
    else if (/^\s|\s$/.test(m.text)) add('warn', 'GOLD_SPAN_WHITESPACE', `${where}: span starts or ends with whitespace`, 'trim the span', m);
    else if (/['’]s$/.test(m.text)) add('warn', 'GOLD_SPAN_POSSESSIVE', `${where}: span ends in a possessive`, "leave out 's (ANNOTATION.md, Spans)", m);
  });
  orderProblems(doc.mentions, 'mentions', add);

  doc.sentences.forEach((s, i) => {
    if (!inRange(s)) return add('fatal', 'GOLD_SENTENCE_RANGE', `sentences[${i}] ${show(s)}: span must satisfy 0 <= start < end <= ${len}`, 'correct start and end', s);
    if (ctx.text !== undefined && /^\s|\s$/.test(ctx.text.slice(s.start, s.end))) {
      add('warn', 'GOLD_SENTENCE_WHITESPACE', `sentences[${i}] ${show(s)} starts or ends with whitespace`, 'sentence ends are compared exactly: start at the first and end after the last non-space character', s);
    }
  });
  orderProblems(doc.sentences, 'sentences', add);

  if (doc.sentences.length === 0) {
    if (ctx.requireSentences || doc.mentions.length > 0) {
      add(ctx.requireSentences ? 'fatal' : 'warn', 'GOLD_NO_SENTENCES', 'no sentences are labelled', 'label the sentence spans (ANNOTATION.md, Sentences and relations)');
    }
    return out;
  }
  doc.mentions.forEach((m, i) => {
    const n = doc.sentences.filter((s) => s.start <= m.start && m.end <= s.end).length;
    if (n !== 1) {
      add('fatal', 'GOLD_MENTION_SENTENCE', `mentions[${i}] ${show(m)} ${JSON.stringify(m.text)} lies inside ${n} sentences, not exactly one`, 'a mention never crosses a sentence boundary: fix the mention or the sentence spans', m);
    }
  });
  if (ctx.text !== undefined) uncovered(ctx.text, doc.sentences).forEach((gap) => add('warn', 'GOLD_TEXT_OUTSIDE_SENTENCES', `text ${show(gap)} ${JSON.stringify(ctx.text!.slice(gap.start, Math.min(gap.end, gap.start + 40)))} is in no sentence`, 'add a sentence for it (a headline, byline or caption is a sentence too)', gap));
  return out;
}

type Add = (severity: Severity, code: string, message: string, fix: string, span?: Span) => void;

/** Unsorted items and overlaps (against the furthest end seen so far). */
function orderProblems(items: readonly Span[], what: string, add: Add): void {
  let furthest: { span: Span; i: number } | null = null;
  items.forEach((s, i) => {
    const prev = items[i - 1];
    if (prev && (s.start < prev.start || (s.start === prev.start && s.end < prev.end))) {
      add('fatal', 'GOLD_ORDER', `${what}[${i}] ${s.start}–${s.end} comes before ${what}[${i - 1}] ${prev.start}–${prev.end}`, `sort ${what} by start`, s);
    }
    if (furthest && s.start < furthest.span.end && s.end > furthest.span.start) {
      add('fatal', 'GOLD_OVERLAP', `${what}[${i}] ${s.start}–${s.end} overlaps ${what}[${furthest.i}] ${furthest.span.start}–${furthest.span.end}`, what === 'mentions' ? 'spans never nest or overlap: keep the longest name (ANNOTATION.md)' : 'sentences must not overlap', s);
    }
    if (!furthest || s.end > furthest.span.end) furthest = { span: s, i };
  });
}

/** Runs of text with a non-space character that no sentence covers. */
function uncovered(text: string, sentences: readonly Span[]): Span[] {
  const covered = new Uint8Array(text.length);
  for (const s of sentences) covered.fill(1, Math.max(0, s.start), Math.min(text.length, s.end));
  const out: Span[] = [];
  let i = 0;
  while (i < text.length) {
    if (covered[i] || /\s/.test(text[i]!)) {
      i += 1;
      continue;
    }
    let j = i;
    while (j < text.length && !covered[j] && text[j] !== '\n') j += 1;
    out.push({ start: i, end: text.slice(i, j).trimEnd().length + i });
    i = j;
  }
  return out;
}
