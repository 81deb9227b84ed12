/**
 * Helpers for tests that spawn the real CLI (`node --import tsx src/cli.ts ...`): start and wait,
 * poll the file system for a state, generate a corpus from templates, snapshot the output files.
 * No timing is ever asserted: waits poll for a state with a generous deadline.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPrng } from '../../src/baselines/synthetic/prng.ts';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CLI = join(ROOT, 'src', 'cli.ts');
export const TINY_GAZETTEER = join(ROOT, 'test', 'fixtures', 'gazetteer');

/** The files a pipeline run writes into --out, besides summary.json. */
export const STAGE_FILES = ['documents.jsonl', 'sentences.jsonl', 'mentions.jsonl', 'relations.jsonl', 'diagnostics.jsonl'] as const;

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface Running {
  child: ChildProcess;
  pid: number;
  done: Promise<CliResult>;
}

/** Spawn `node --import tsx src/cli.ts <args>` (the node process itself, so signals reach it). */
export function startCli(args: string[]): Running {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } });
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const done = new Promise<CliResult>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { child, pid: child.pid!, done };
}

/** Run the CLI to completion. */
export function runCli(args: string[]): Promise<CliResult> {
  return startCli(args).done;
}

/**
 * Pipeline arguments with the tiny frozen gazetteer and no recogniser, on one thread unless
 * `extra` says otherwise (the main thread writes every output either way).
 */
export function pipelineArgs(corpus: string, out: string, extra: string[] = []): string[] {
  return ['pipeline', '--corpus', corpus, '--out', out, '--gazetteer', TINY_GAZETTEER, '--no-ner', ...(extra.includes('--workers') ? [] : ['--workers', '1']), ...extra];
}

/**
 * Poll until `pred()` holds.
 * @throws Error naming `what` after `timeoutMs` (generous: a deadline, not a measurement)
 */
export async function waitFor(pred: () => boolean, what: string, timeoutMs = 60_000): Promise<void> {
  const t0 = Date.now();
  while (!pred()) {
    if (Date.now() - t0 > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 3));
  }
}

/** Temp files the atomic writer leaves while a run is under way (`.<name>.<pid>.<n>.tmp`). */
export function tempFiles(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.tmp')) : [];
}

/** Bytes of each stage file in `dir` (null when absent). */
export function snapshot(dir: string): Record<string, Buffer | null> {
  const out: Record<string, Buffer | null> = {};
  for (const f of STAGE_FILES) out[f] = existsSync(join(dir, f)) ? readFileSync(join(dir, f)) : null;
  return out;
}

/** A small seeded PRNG (mulberry32): the same seed gives the same kill moments. */
export function prng(seed: number): () => number {
  return createPrng(seed).next; // the project's one mulberry32
}

const NAMES = ['Lashkar-e-Jhangvi', 'LeJ', 'Islamic State', 'ISIS', 'Daesh', 'al-Qaeda', 'Tehrik-e-Taliban Pakistan', 'TTP', 'Khalid Khurasani', 'Quetta', 'Pakistan', 'Basra', 'Riaz Basra', 'Haq Nawaz Jhangvi', 'Asad al Khorasani', 'Lashkar i Jhangvi', 'Khursani'];
const TEMPLATES = [
  '%A said on Monday that %B had carried out the attack in %C.',
  'Officials in %C blamed %A for the bombing.',
  '%A and %B met near %C, police said.',
  'A spokesman for %A denied links to %B.',
  '\u201CWe will fight,\u201D said %A leader Mr. %B in a U.S. statement\u2026',
];

/**
 * Write a corpus of `docs` documents made from templates with the tiny gazetteer's names.
 * @param variant changes the text of every 7th document, so two variants give different outputs
 */
export function writeCorpus(dir: string, docs: number, variant: number): void {
  mkdirSync(dir, { recursive: true });
  for (let d = 0; d < docs; d++) {
    let s = '';
    for (let k = 0; k < 40; k++) {
      const v = d % 7 === 0 ? variant : 0;
      const t = TEMPLATES[(d * 7 + k + v) % TEMPLATES.length]!;
      s += t.replace('%A', NAMES[(d + k + v) % NAMES.length]!).replace('%B', NAMES[(d * 3 + k * 5) % NAMES.length]!).replace('%C', NAMES[(d * 11 + k) % NAMES.length]!) + (k % 5 === 4 ? '\n\n' : ' ');
    }
    writeFileSync(join(dir, `doc-${String(d).padStart(4, '0')}.txt`), s);
  }
}

export interface TwoCorpora {
  /** corpus A: 300 clean documents; corpus B: other text, 20 more documents and one binary file */
  corpora: { A: string; B: string };
  /** stage-file bytes of a complete run on each corpus into a fresh folder (after `ready()`) */
  refs: { A: Record<string, Buffer | null>; B: Record<string, Buffer | null>; ready: () => Promise<void> };
  /** which complete run a file's bytes come from: 'A', 'B', 'absent', or 'OTHER (n bytes)' (truncated or mixed) */
  whose: (file: string, bytes: Buffer | null) => string;
}

/**
 * Two corpora whose every stage file differs (relations aside), so a truncated or mixed output
 * file matches neither run.
 * @param root temp folder for the corpora and the reference outputs
 */
export function twoCorpora(root: string): TwoCorpora {
  const corpora = { A: join(root, 'corpus-a'), B: join(root, 'corpus-b') };
  const refs: TwoCorpora['refs'] = {
    A: {},
    B: {},
    async ready() {
      writeCorpus(corpora.A, 300, 0);
      writeCorpus(corpora.B, 300, 3);
      writeCorpus(join(corpora.B, 'extra'), 20, 1);
      writeFileSync(join(corpora.B, 'broken.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00])); // a diagnostic, so diagnostics.jsonl differs too
      const [a, b] = await Promise.all([runCli(pipelineArgs(corpora.A, join(root, 'ref-a'))), runCli(pipelineArgs(corpora.B, join(root, 'ref-b')))]);
      if (a.code !== 0 || b.code !== 1) throw new Error(`reference runs exited ${a.code} and ${b.code} (expected 0 and 1):\n${a.stderr}\n${b.stderr}`);
      refs.A = snapshot(join(root, 'ref-a'));
      refs.B = snapshot(join(root, 'ref-b'));
      for (const f of STAGE_FILES) {
        if (refs.A[f] === null || refs.B[f] === null) throw new Error(`reference run wrote no ${f}`);
        if (f !== 'relations.jsonl' && refs.A[f]!.equals(refs.B[f]!)) throw new Error(`${f} is the same for both corpora`);
      }
    },
  };
  const whose = (file: string, bytes: Buffer | null): string => {
    if (bytes === null) return 'absent';
    if (bytes.equals(refs.A[file]!)) return 'A';
    if (bytes.equals(refs.B[file]!)) return 'B';
    return `OTHER (${bytes.length} bytes)`;
  };
  return { corpora, refs, whose };
}
