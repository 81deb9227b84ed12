/**
 * Profile the end-to-end run (workers: 1, so every document runs on the main thread) with
 * node --cpu-prof in a child process, and summarise the main thread's profile.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchConfig } from '../config.ts';
import { runInChild } from '../isolate.ts';
import { createLineResolver } from './source-lines.ts';
import { summariseProfile, type CpuProfile, type ProfileSummary } from './summarise-profile.ts';

export interface ProfileResult {
  corpusMb: number;
  docs: number;
  seconds: number;
  mbPerSec: number;
  /** the .cpuprofile kept (open it in Chrome DevTools or speedscope) */
  file: string;
  summary: ProfileSummary;
}

/**
 * @param cfg config whose corpus is the one to profile (a smaller one than the timed runs' is fine)
 * @param dir folder for the .cpuprofile files (emptied first)
 */
export async function profileE2e(cfg: BenchConfig, dir: string): Promise<ProfileResult> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const r = await runInChild('e2e-w1', { ...cfg, reps: 1 }, ['--cpu-prof', '--cpu-prof-dir', dir]);
  // tsx's loader thread writes a profile too: the main thread's is the largest
  const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')).map((f) => join(dir, f)).sort((a, b) => statSync(b).size - statSync(a).size);
  if (files.length === 0) throw new Error(`no .cpuprofile written in ${dir}`);
  const prof = JSON.parse(readFileSync(files[0]!, 'utf8')) as CpuProfile;
  return { corpusMb: cfg.corpusBytes / 1e6, docs: r.docs, seconds: r.seconds, mbPerSec: r.mbPerSec, file: files[0]!, summary: summariseProfile(prof, cfg.root, 25, createLineResolver(cfg.root)) };
}
