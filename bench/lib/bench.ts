/**
 * The benchmark run: corpus, gazetteer, every section (each in its own child process unless
 * `isolate` is false), the goals, the optional profile, and out/bench.json.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { BenchConfig } from './config.ts';
import { ensureCorpus } from './corpus/ensure-corpus.ts';
import { ensureWorldCities } from './gazetteer/world-cities.ts';
import { runInChild } from './isolate.ts';
import { profileE2e } from './profile/profile-e2e.ts';
import { SECTIONS, type SectionName } from './sections/index.ts';
import { checkGoals } from './report/goals.ts';
import { codeInfo, loadAverage, machineInfo } from './report/machine.ts';
import { ok, type BenchReport } from './report/types.ts';

export interface BenchOptions {
  root: string;
  /** corpus size in MB */
  mb: number;
  reps: number;
  peersMb: number;
  sections: SectionName[];
  /** each section in its own child process (default true) */
  isolate: boolean;
  /** add the world GeoNames cities to the gazetteer */
  world: boolean;
  /** base gazetteer paths (default <root>/gazetteers) */
  gazetteer?: string[];
  profile: boolean;
  profileMb: number;
  /** where bench.json goes (null: nowhere) */
  outFile: string | null;
  /** bench/data: generated corpora and the world cities */
  dataDir: string;
  log: (line: string) => void;
}

export async function runBench(o: BenchOptions): Promise<BenchReport> {
  const t0 = performance.now();
  const start = loadAverage();
  const tmpDir = mkdtempSync(join(tmpdir(), 'tanzeem-bench-'));
  try {
    const corpus = ensureCorpus(join(o.dataDir, 'corpus'), join(o.root, 'corpus'), o.mb);
    o.log(`corpus: ${corpus.manifest.docs} documents, ${(corpus.manifest.bytes / 1e6).toFixed(1)} MB (${corpus.reused ? 'reused' : 'generated'}) in ${corpus.dir}`);
    const gazetteer = [...(o.gazetteer ?? [join(o.root, 'gazetteers')])];
    if (o.world) {
      const w = ensureWorldCities(o.root, o.dataDir, gazetteer);
      o.log(`world cities: ${w.entries} added (${w.duplicates} already in the default gazetteer)${w.imported ? ', imported now' : ''}`);
      gazetteer.push(w.path);
    }
    const cfg: BenchConfig = { root: o.root, corpusDir: corpus.dir, corpusBytes: corpus.manifest.bytes, corpusDocs: corpus.manifest.docs, gazetteer, reps: o.reps, peersMb: o.peersMb, tmpDir };
    const sections = Object.fromEntries(Object.keys(SECTIONS).map((k) => [k, null])) as BenchReport['sections'];
    for (const name of o.sections) {
      o.log(`running ${name} (load ${loadAverage()[0].toFixed(2)})…`);
      const t = performance.now();
      try {
        (sections as Record<string, unknown>)[name] = o.isolate ? await runInChild(name, cfg) : await SECTIONS[name](cfg);
      } catch (err) {
        (sections as Record<string, unknown>)[name] = { error: (err as Error).message };
      }
      o.log(`  ${name} done in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    }
    const w1 = ok(sections['e2e-w1']);
    const w2 = ok(sections['e2e-w2']);
    const ce = ok(sections.ceiling);
    let profile: BenchReport['profile'] = null;
    if (o.profile) {
      o.log('profiling the end-to-end run…');
      try {
        const pc = ensureCorpus(join(o.dataDir, 'corpus'), join(o.root, 'corpus'), o.profileMb);
        profile = await profileE2e({ ...cfg, corpusDir: pc.dir, corpusBytes: pc.manifest.bytes, corpusDocs: pc.manifest.docs }, join(o.outFile ? dirname(o.outFile) : tmpDir, 'bench-profile'));
      } catch (err) {
        profile = { error: (err as Error).message };
      }
    }
    const partial: Omit<BenchReport, 'goals'> = {
      bench: 1,
      date: new Date().toISOString(),
      code: codeInfo(o.root),
      machine: machineInfo(),
      load: { start, end: loadAverage() },
      method: `each timed section ran ${o.reps}× (best kept), ${o.isolate ? 'each section in its own child process (so peak RSS is per section)' : 'all sections in one process'}; MB = 1e6 bytes of UTF-8 input`,
      config: { mb: o.mb, reps: o.reps, peersMb: o.peersMb, gazetteer, isolated: o.isolate },
      corpus: { ...corpus.manifest, dir: corpus.dir, reused: corpus.reused },
      sections,
      speedup2: w1 && w2 ? w2.mbPerSec / w1.mbPerSec : null,
      e2eVsCeiling: w1 && ce ? w1.mbPerSec / ce.mbPerSec : null,
      profile,
      seconds: 0,
    };
    const report: BenchReport = { ...partial, goals: checkGoals(partial), seconds: (performance.now() - t0) / 1000 };
    if (o.outFile) {
      mkdirSync(dirname(o.outFile), { recursive: true });
      writeFileSync(o.outFile, JSON.stringify(report, null, 2) + '\n');
    }
    return report;
  } finally {
    rmSync(tmpDir, { recursive: true, force: true });
  }
}
