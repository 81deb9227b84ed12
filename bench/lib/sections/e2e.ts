/**
 * End to end: runPipeline over the whole corpus into a fresh temp out folder, every stage and
 * every option on (fuzzy, variants, learn, ner), sentence window. Wall time includes loading and
 * compiling the gazetteer (once per run, as a user pays it) and the final relations and renames.
 *
 * Memory curve: the runner writes one documents.jsonl line per finished document through
 * AtomicFile.write; the bench wraps that method (at run time, src/ is untouched) to sample RSS
 * after 10%, 50% and 100% of the documents, and to note when the first document came back.
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runPipeline, type RunSummary } from '../../../src/runner/run-pipeline.ts';
import { AtomicFile } from '../../../src/runner/atomic-write.ts';
import type { BenchConfig, E2eVariant } from '../config.ts';
import { gc, load1, maxRssMb, rssMb, throughput, type Throughput } from '../measure.ts';

export interface MemoryPoint {
  fraction: number;
  docs: number;
  /** seconds since the run started */
  at: number;
  rssMb: number;
  heapMb: number;
}

export interface E2eResult extends Throughput {
  variant: E2eVariant;
  /** workers the runner actually used (it uses fewer than asked on small corpora: 32 documents per worker at least) */
  effectiveWorkers: number;
  /** seconds from the start of the run to the first finished document (gazetteer, recogniser, worker start-up) */
  startupSec: number;
  /** MB/s between the first and the last finished document */
  steadyMbPerSec: number;
  memory: MemoryPoint[];
  rssEndMb: number;
  /** process.resourceUsage().maxRSS of this process, all threads included, over the whole section */
  maxRssMb: number;
  outBytes: number;
  summary: { processed: number; skipped: number; sentences: number; mentions: number; relations: number; methods: Record<string, number> };
}

function folderBytes(dir: string): number {
  let n = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = statSync(p);
    n += st.isDirectory() ? folderBytes(p) : st.size;
  }
  return n;
}

interface Run {
  seconds: number;
  summary: RunSummary;
  memory: MemoryPoint[];
  first: number;
  steady: number;
  rssEnd: number;
  outBytes: number;
}

async function timedRun(cfg: BenchConfig, variant: E2eVariant, outDir: string, marks: Array<{ fraction: number; docs: number }>): Promise<Run> {
  const proto = AtomicFile.prototype;
  const write = proto.write;
  const memory: MemoryPoint[] = [];
  let done = 0;
  let first = 0;
  let last = 0;
  const t0 = performance.now();
  proto.write = function (this: AtomicFile, text: string): void {
    if (this.path.endsWith('documents.jsonl')) {
      done++;
      last = performance.now();
      if (done === 1) first = last;
      const m = marks.find((x) => x.docs === done);
      if (m) memory.push({ fraction: m.fraction, docs: done, at: (last - t0) / 1000, rssMb: rssMb(), heapMb: process.memoryUsage().heapUsed / 1e6 });
    }
    write.call(this, text);
  };
  try {
    const { summary } = await runPipeline({
      corpus: cfg.corpusDir,
      out: outDir,
      gazetteer: cfg.gazetteer,
      from: 0,
      to: 3,
      window: 'sentence',
      maxDocBytes: 20e6,
      fuzzy: true,
      variants: true,
      learn: true,
      ner: true,
      workers: variant.workers,
      cache: variant.cache,
    });
    const seconds = (performance.now() - t0) / 1000;
    return { seconds, summary, memory, first: (first - t0) / 1000, steady: (last - first) / 1000, rssEnd: rssMb(), outBytes: folderBytes(outDir) };
  } finally {
    proto.write = write;
  }
}

export async function benchE2e(cfg: BenchConfig, variant: E2eVariant): Promise<E2eResult> {
  const total = cfg.corpusDocs;
  const marks = [0.1, 0.5, 1].map((f) => ({ fraction: f, docs: Math.max(1, Math.ceil(f * total)) }));
  const l = load1();
  // own loop rather than bestOfAsync: deleting the run's out folder (hundreds of MB, a cache
  // file per document) must stay outside the timed part
  const runs: number[] = [];
  let best: Run | null = null;
  for (let rep = 0; rep < Math.max(1, cfg.reps); rep++) {
    const outDir = join(cfg.tmpDir, `e2e-${process.pid}-${rep}`);
    rmSync(outDir, { recursive: true, force: true });
    gc();
    try {
      const r = await timedRun(cfg, variant, outDir, marks);
      runs.push(r.seconds);
      if (!best || r.seconds < best.seconds) best = r;
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  }
  const out = { best: best!, seconds: best!.seconds, runs };
  const b = out.best;
  const s = b.summary;
  return {
    ...throughput(out.seconds, out.runs, cfg.corpusBytes, s.documents.processed, l),
    variant,
    effectiveWorkers: Math.max(1, Math.min(variant.workers, Math.floor(total / 32))),
    startupSec: b.first,
    steadyMbPerSec: b.steady > 0 ? cfg.corpusBytes / 1e6 / b.steady : 0,
    memory: b.memory,
    rssEndMb: b.rssEnd,
    maxRssMb: maxRssMb(),
    outBytes: b.outBytes,
    summary: {
      processed: s.documents.processed,
      skipped: s.documents.skipped,
      sentences: s.sentences,
      mentions: Object.values(s.mentions).reduce((a, x) => a + x, 0),
      relations: s.relations,
      methods: s.methods,
    },
  };
}
