/**
 * Timing and memory helpers. Every timed section runs `reps` times and keeps the best (fastest)
 * run: on a shared machine the best run is the one least disturbed by other processes.
 */
import { loadavg } from 'node:os';

export interface Throughput {
  /** best wall time in seconds */
  seconds: number;
  /** every run's wall time, in order */
  runs: number[];
  bytes: number;
  docs: number;
  mbPerSec: number;
  docsPerSec: number;
  /** 1-minute load average when the section started */
  load1: number;
}

export const MB = 1e6;

export function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Run `fn` `reps` times (gc before each) and keep the fastest; `fn` returns what the caller needs from the run. */
export function bestOf<T>(reps: number, fn: (rep: number) => T): { best: T; seconds: number; runs: number[] } {
  const runs: number[] = [];
  let best: T | undefined;
  let bestSec = Infinity;
  for (let r = 0; r < Math.max(1, reps); r++) {
    gc();
    const t0 = performance.now();
    const out = fn(r);
    const sec = (performance.now() - t0) / 1000;
    runs.push(sec);
    if (sec < bestSec) {
      bestSec = sec;
      best = out;
    }
  }
  return { best: best as T, seconds: bestSec, runs };
}

/** Async variant of bestOf. */
export async function bestOfAsync<T>(reps: number, fn: (rep: number) => Promise<T>): Promise<{ best: T; seconds: number; runs: number[] }> {
  const runs: number[] = [];
  let best: T | undefined;
  let bestSec = Infinity;
  for (let r = 0; r < Math.max(1, reps); r++) {
    gc();
    const t0 = performance.now();
    const out = await fn(r);
    const sec = (performance.now() - t0) / 1000;
    runs.push(sec);
    if (sec < bestSec) {
      bestSec = sec;
      best = out;
    }
  }
  return { best: best as T, seconds: bestSec, runs };
}

export function throughput(seconds: number, runs: number[], bytes: number, docs: number, load1: number): Throughput {
  return { seconds, runs, bytes, docs, mbPerSec: bytes / MB / seconds, docsPerSec: docs / seconds, load1 };
}

export const load1 = (): number => loadavg()[0]!;

/** Peak resident set size of this process (all threads), in MB. */
export const maxRssMb = (): number => (process.resourceUsage().maxRSS * 1024) / MB;
export const rssMb = (): number => process.memoryUsage.rss() / MB;
