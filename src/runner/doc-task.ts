/**
 * One document through the configured stages, as a unit of work for the main thread or a worker:
 * read, check the cache, process, serialise the stage lines. Failures become diagnostics.
 */
import type { Diagnostic } from '../types/diagnostic.ts';
import { TanzeemError } from '../types/diagnostic.ts';
import type { MentionRecord, RawDoc } from '../types/records.ts';
import { toJsonLine } from './jsonl.ts';
import { readDocument, type CorpusEntry } from './read-corpus.ts';
import type { DocCache, CachedLines } from './cache.ts';
import type { DocResult } from './process-document.ts';

export interface TaskResult {
  docId: string;
  diagnostic?: Diagnostic;
  lines?: CachedLines;
  /** mention fields the relation aggregator and the summary need */
  mentions?: Array<Pick<MentionRecord, 'entity_id' | 'canonical' | 'sentence' | 'type' | 'method' | 'ambiguous'>>;
  paragraphs?: number[];
  sentences?: number;
  reused?: boolean;
}

export interface TaskContext {
  process: (raw: RawDoc) => DocResult;
  maxDocBytes: number;
  cache: DocCache | null;
}

/** Serialise a processed document into its stage lines. */
export function linesOf(r: DocResult): CachedLines {
  return {
    documents: toJsonLine(r.doc),
    sentences: r.sentences.map(toJsonLine).join(''),
    mentions: r.mentions.map(toJsonLine).join(''),
  };
}

function summarise(docId: string, lines: CachedLines, reused: boolean): TaskResult {
  const mentions = lines.mentions === '' ? [] : lines.mentions.trimEnd().split('\n').map((l) => JSON.parse(l) as MentionRecord).map((m) => ({ entity_id: m.entity_id, canonical: m.canonical, sentence: m.sentence, type: m.type, method: m.method, ...(m.ambiguous ? { ambiguous: m.ambiguous } : {}) }));
  const sentences = lines.sentences === '' ? [] : lines.sentences.trimEnd().split('\n').map((l) => (JSON.parse(l) as { paragraph?: number }).paragraph ?? 0);
  return { docId, lines, mentions, paragraphs: sentences, sentences: sentences.length, reused };
}

/**
 * @param entry the corpus file
 * @param ctx processor, size limit and cache
 */
export function runDocTask(entry: CorpusEntry, ctx: TaskContext): TaskResult {
  const raw = readDocument(entry, ctx.maxDocBytes);
  if ('code' in raw) return { docId: entry.docId, diagnostic: raw };
  const hit = ctx.cache?.get(raw.doc_id, raw.sha256);
  if (hit) return summarise(raw.doc_id, hit, true);
  try {
    const r = ctx.process(raw);
    const lines = linesOf(r);
    ctx.cache?.put(raw.doc_id, raw.sha256, lines);
    const mentions = r.mentions.map((m) => ({ entity_id: m.entity_id, canonical: m.canonical, sentence: m.sentence, type: m.type, method: m.method, ...(m.ambiguous ? { ambiguous: m.ambiguous } : {}) }));
    return { docId: raw.doc_id, lines, mentions, paragraphs: r.sentences.map((x) => x.paragraph), sentences: r.sentences.length, reused: false };
  } catch (err) {
    const diagnostic: Diagnostic = err instanceof TanzeemError ? { ...err.diagnostics[0]!, docId: entry.docId } : { code: 'STAGE_FAILED', severity: 'fatal', stage: 'pipeline', docId: entry.docId, file: entry.path, message: `processing failed: ${(err as Error).message}`, fix: 'the document was skipped; report this with the file attached' };
    return { docId: entry.docId, diagnostic };
  }
}
