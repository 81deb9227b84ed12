/**
 * The runner: the only place that reads the corpus and writes the stage files.
 *
 * It checks the stage range against the declared pipeline, takes the output lock, loads and
 * compiles the gazetteer once, then streams documents one at a time through the stages. A document
 * that fails is recorded as a fatal diagnostic and skipped; the others go on. Every output file is
 * written to a temp file and renamed into place at the end, so a crash or Ctrl-C leaves the
 * previous outputs intact. Same input, same bytes.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { STAGES, type StageName } from '../pipeline.ts';
import { TanzeemError, formatDiagnostic, type Diagnostic } from '../types/diagnostic.ts';
import type { DocRecord, MentionRecord, RawDoc, SentenceRecord } from '../types/records.ts';
import { compileGazetteer, type CompiledGazetteer } from '../gazetteer/compile.ts';
import { loadGazetteer } from '../gazetteer/load.ts';
import { loadCommonWords } from '../gazetteer/common-words.ts';
import type { Gazetteer } from '../gazetteer/types.ts';
import { createRelations, type RelationWindow } from '../stages/relations/index.ts';
import { AtomicFile, removeStaleTempFiles, writeFileAtomic } from './atomic-write.ts';
import { readRecords } from './check-records.ts';
import { toJsonLine } from './jsonl.ts';
import { acquireLock } from './lock.ts';
import { listCorpus, readDocument } from './read-corpus.ts';
import { createProcessor, type DocResult } from './process-document.ts';
import { buildTaskContext, loadRecogniser, type TaskOptions } from './task-context.ts';
import { runDocTask, type TaskResult } from './doc-task.ts';
import { runOnWorkers } from './worker-pool.ts';
import { createProgress } from './progress.ts';

export { prepareGazetteer } from './task-context.ts';

export interface RunOptions {
  corpus: string;
  out: string;
  gazetteer: string[];
  /** first and last stage index (inclusive) in STAGES */
  from: number;
  to: number;
  window: RelationWindow;
  maxDocBytes: number;
  fuzzy: boolean;
  variants: boolean;
  learn: boolean;
  ner: boolean;
  /** worker threads for the full run (default 1) */
  workers?: number;
  /** reuse unchanged documents from <out>/.cache (default true) */
  cache?: boolean;
  /** print progress and the summary line to stderr */
  log?: (line: string) => void;
}

export interface RunSummary {
  documents: { found: number; processed: number; skipped: number; reused: number };
  sentences: number;
  mentions: Record<string, number>;
  methods: Record<string, number>;
  relations: number;
  gazetteer: { entities: number; names: number; version: string } | null;
  diagnostics: Record<string, number>;
  stages: string[];
}

const has = (opts: RunOptions, name: StageName): boolean => {
  const i = STAGES.findIndex((s) => s.name === name);
  return opts.from <= i && i <= opts.to;
};

/**
 * Run the pipeline (or a slice of it).
 * @returns summary and exit code: 0 all documents processed, 1 some were skipped
 * @throws TanzeemError for configuration and data errors (bad gazetteer, locked out folder)
 */
export async function runPipeline(opts: RunOptions): Promise<{ summary: RunSummary; exitCode: number }> {
  if (opts.from > opts.to) throw new TanzeemError([{ code: 'OPTIONS', severity: 'fatal', stage: 'run', message: `--from ${STAGES[opts.from]!.name} comes after --to ${STAGES[opts.to]!.name}`, fix: 'choose a range in pipeline order: normalise, sentences, mentions, relations' }]);
  const log = opts.log ?? (() => {});
  if (opts.from <= 2 && !existsSync(opts.corpus)) throw new TanzeemError([{ code: 'INPUT_UNREADABLE', severity: 'fatal', stage: 'run', file: opts.corpus, message: 'corpus folder does not exist', fix: 'pass --corpus DIR with your .txt files' }]);
  mkdirSync(opts.out, { recursive: true });
  const release = acquireLock(opts.out);
  removeStaleTempFiles(opts.out);
  const open: AtomicFile[] = [];
  const onSignal = (sig: NodeJS.Signals): void => {
    for (const f of open) f.abort();
    release();
    process.stderr.write(`tanzeem: ${sig} received; stopped. Previous outputs in ${opts.out} are unchanged.\n`);
    process.exit(sig === 'SIGTERM' ? 143 : 130);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    return await runLocked(opts, log, open);
  } catch (err) {
    for (const f of open) f.abort();
    throw err;
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    release();
  }
}

async function runLocked(opts: RunOptions, log: (l: string) => void, open: AtomicFile[]): Promise<{ summary: RunSummary; exitCode: number }> {
  const diagnostics: Diagnostic[] = [];
  let sinceYield = 0;
  // The gazetteer is loaded and checked here, before any document is read (bad data stops the
  // run). It is compiled here only when this thread matches: worker threads compile their own.
  let loaded: Gazetteer | null = null;
  if (has(opts, 'mentions')) {
    const g = loadGazetteer(opts.gazetteer);
    loaded = g.gazetteer;
    diagnostics.push(...g.diagnostics);
  }
  let compiledMemo: CompiledGazetteer | null = null;
  const compiled = (): CompiledGazetteer | null => (loaded ? (compiledMemo ??= compileGazetteer(loaded, { commonWords: loadCommonWords() })) : null);
  const recognise = opts.from > 0 && has(opts, 'mentions') && opts.ner ? await loadRecogniser() : undefined;
  const processor = opts.from > 0 ? createProcessor(compiled(), { fuzzy: opts.fuzzy, variants: opts.variants, learn: opts.learn, ...(recognise ? { recognise } : {}) }) : null;
  const writers = new Map<StageName, AtomicFile>();
  for (const s of STAGES) {
    if (has(opts, s.name) && s.name !== 'relations') {
      const f = new AtomicFile(join(opts.out, s.file));
      open.push(f);
      writers.set(s.name, f);
    }
  }
  const aggregator = has(opts, 'relations') ? createRelations({ window: opts.window })() : null;
  const summary: RunSummary = { documents: { found: 0, processed: 0, skipped: 0, reused: 0 }, sentences: 0, mentions: {}, methods: {}, relations: 0, gazetteer: loaded ? { entities: loaded.entities.length, names: loaded.entities.reduce((n, e) => n + e.names.length, 0), version: loaded.version } : null, diagnostics: {}, stages: STAGES.filter((s) => has(opts, s.name)).map((s) => s.name) };

  const emit = (r: DocResult): void => {
    writers.get('normalise')?.write(toJsonLine(r.doc));
    if (writers.has('sentences')) for (const s of r.sentences) writers.get('sentences')!.write(toJsonLine(s));
    if (writers.has('mentions')) for (const m of r.mentions) writers.get('mentions')!.write(toJsonLine(m));
    summary.sentences += r.sentences.length;
    for (const m of r.mentions) {
      summary.mentions[m.type] = (summary.mentions[m.type] ?? 0) + 1;
      summary.methods[m.method] = (summary.methods[m.method] ?? 0) + 1;
    }
    aggregator?.addDocument(r.doc.doc_id, r.mentions, (i) => r.sentences[i]?.paragraph ?? 0);
    summary.documents.processed++;
  };
  const fail = (docId: string, file: string | undefined, err: unknown): void => {
    const d: Diagnostic = err instanceof TanzeemError ? { ...err.diagnostics[0]!, docId } : { code: 'STAGE_FAILED', severity: 'fatal', stage: 'pipeline', docId, ...(file ? { file } : {}), message: `processing failed: ${(err as Error).message}`, fix: 'the document was skipped; report this with the file attached' };
    diagnostics.push(d);
    summary.documents.skipped++;
  };

  if (opts.from === 0) {
    const entries = listCorpus(opts.corpus, diagnostics);
    summary.documents.found = entries.length;
    const taskOptions: TaskOptions = { gazetteer: opts.gazetteer, fuzzy: opts.fuzzy, variants: opts.variants, learn: opts.learn, ner: opts.ner, maxDocBytes: opts.maxDocBytes, mentions: has(opts, 'mentions'), cacheIn: opts.cache === false ? null : opts.out };
    const progress = createProgress(entries.length);
    const take = (r: TaskResult): void => {
      progress.tick();
      if (r.diagnostic) {
        diagnostics.push(r.diagnostic);
        if (r.diagnostic.severity !== 'info') summary.documents.skipped++;
        return;
      }
      const lines = r.lines!;
      writers.get('normalise')?.write(lines.documents);
      writers.get('sentences')?.write(lines.sentences);
      writers.get('mentions')?.write(lines.mentions);
      summary.sentences += r.sentences ?? 0;
      for (const m of r.mentions ?? []) {
        summary.mentions[m.type] = (summary.mentions[m.type] ?? 0) + 1;
        summary.methods[m.method] = (summary.methods[m.method] ?? 0) + 1;
      }
      aggregator?.addDocument(r.docId, (r.mentions ?? []) as MentionRecord[], (i) => r.paragraphs?.[i] ?? 0);
      summary.documents.processed++;
      if (r.reused) summary.documents.reused++;
    };
    // threads pay off only with enough documents: at least 32 per worker
    const workers = Math.max(1, Math.min(opts.workers ?? 1, Math.floor(entries.length / 32)));
    if (workers > 1) {
      await runOnWorkers(entries, workers, taskOptions, take);
    } else {
      const ctx = await buildTaskContext(taskOptions, compiled());
      for (let k = 0; k < entries.length; k++) {
        take(runDocTask(entries[k]!, ctx));
        if (k % 16 === 15) await yieldToEvents(); // let Ctrl-C through between documents
      }
    }
    progress.done();
  } else if (STAGES[opts.from]!.name === 'relations') {
    const mentions = readRecords<MentionRecord>(requireFile(opts.out, 'mentions.jsonl', 'mentions'), 'mention');
    const byDoc = groupBy(mentions, (m) => m.doc_id);
    const paras = paragraphIndex(opts.out);
    summary.documents.found = byDoc.size;
    for (const [docId, ms] of [...byDoc].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      aggregator?.addDocument(docId, ms, (i) => paras.get(docId)?.[i] ?? 0);
      summary.documents.processed++;
      for (const m of ms) {
        summary.mentions[m.type] = (summary.mentions[m.type] ?? 0) + 1;
        summary.methods[m.method] = (summary.methods[m.method] ?? 0) + 1;
      }
    }
  } else {
    const docs = readRecords<DocRecord>(requireFile(opts.out, 'documents.jsonl', 'normalise'), 'document');
    const sents = STAGES[opts.from]!.name === 'mentions' ? groupBy(readRecords<SentenceRecord>(requireFile(opts.out, 'sentences.jsonl', 'sentences'), 'sentence'), (s) => s.doc_id) : null;
    summary.documents.found = docs.length;
    const entries = new Map(listCorpus(opts.corpus, diagnostics).map((e) => [e.docId, e]));
    for (const doc of docs) {
      const entry = entries.get(doc.doc_id);
      const raw: RawDoc | Diagnostic = entry ? readDocument(entry, opts.maxDocBytes) : { code: 'INPUT_UNREADABLE', severity: 'fatal', stage: 'read', docId: doc.doc_id, message: `document ${doc.doc_id} of documents.jsonl is not in the corpus folder ${opts.corpus}`, fix: 'pass the --corpus the documents came from, or rerun from normalise' };
      if ('code' in raw) {
        diagnostics.push(raw);
        summary.documents.skipped++;
        continue;
      }
      if (raw.sha256 !== doc.sha256) {
        diagnostics.push({ code: 'INPUT_CHANGED', severity: 'fatal', stage: 'read', docId: doc.doc_id, file: entry?.path, message: 'the corpus file changed since documents.jsonl was written (sha256 differs)', fix: 'rerun from normalise' });
        summary.documents.skipped++;
        continue;
      }
      const docSents = sents ? [...(sents.get(doc.doc_id) ?? [])].sort((a, b) => a.index - b.index) : undefined;
      if (docSents && !docSents.every((s, i) => s.index === i)) {
        diagnostics.push({ code: 'JSONL_RECORD', severity: 'fatal', stage: 'read', docId: doc.doc_id, file: join(opts.out, 'sentences.jsonl'), message: `the sentences of ${doc.doc_id} are not numbered 0..${docSents.length - 1} (a record is missing or repeated)`, fix: 'rerun from the sentences stage' });
        summary.documents.skipped++;
        continue;
      }
      if (++sinceYield % 16 === 0) await yieldToEvents();
      try {
        emit(processor!.fromRecord(raw, doc, docSents));
      } catch (err) {
        fail(doc.doc_id, entry?.path, err);
      }
    }
  }

  const relations = aggregator?.result() ?? [];
  summary.relations = relations.length;
  if (aggregator) {
    const f = new AtomicFile(join(opts.out, 'relations.jsonl'));
    open.push(f);
    for (const r of relations) f.write(toJsonLine(r));
  }
  for (const d of diagnostics) summary.diagnostics[d.code] = (summary.diagnostics[d.code] ?? 0) + 1;
  for (const f of open) f.commit();
  open.length = 0;
  writeFileAtomic(join(opts.out, 'diagnostics.jsonl'), diagnostics.map(toJsonLine).join(''));
  writeFileAtomic(join(opts.out, 'summary.json'), JSON.stringify(summary, null, 2) + '\n');
  for (const d of diagnostics) if (d.severity !== 'info') log(formatDiagnostic(d));
  return { summary, exitCode: diagnostics.some((d) => d.severity === 'fatal') ? 1 : 0 };
}

/** Give pending events (signals) a turn between synchronous documents. */
function yieldToEvents(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

function requireFile(out: string, file: string, stage: string): string {
  const p = join(out, file);
  if (!existsSync(p)) throw new TanzeemError([{ code: 'INPUT_UNREADABLE', severity: 'fatal', stage: 'run', file: p, message: `${file} is missing`, fix: `run the pipeline up to the ${stage} stage first (npm run pipeline)` }]);
  return p;
}

function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const it of items) {
    const k = key(it);
    const l = m.get(k);
    if (l) l.push(it);
    else m.set(k, [it]);
  }
  return m;
}

function paragraphIndex(out: string): Map<string, number[]> {
  const res = new Map<string, number[]>();
  const sp = join(out, 'sentences.jsonl');
  if (!existsSync(sp)) return res;
  for (const [docId, ss] of groupBy(readRecords<SentenceRecord>(sp, 'sentence'), (s) => s.doc_id)) {
    const p: number[] = [];
    for (const x of ss) p[x.index] = x.paragraph ?? 0;
    res.set(docId, p);
  }
  return res;
}
