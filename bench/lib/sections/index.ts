/** The benchmark sections by name: what the child process (or the in-process runner) runs. */
import type { BenchConfig } from '../config.ts';
import { benchCeiling } from './ceiling.ts';
import { benchE2e } from './e2e.ts';
import { benchGazetteer } from './gazetteer.ts';
import { benchPeers } from './peers.ts';
import { benchStages } from './stages.ts';

/** In run order. Peers come early: in one process, wink-nlp must learn its entities before the recogniser loads (see peers.ts). */
export const SECTIONS = {
  gazetteer: (cfg: BenchConfig) => Promise.resolve(benchGazetteer(cfg)),
  peers: benchPeers,
  stages: benchStages,
  ceiling: (cfg: BenchConfig) => Promise.resolve(benchCeiling(cfg)),
  'e2e-w1': (cfg: BenchConfig) => benchE2e(cfg, { workers: 1, cache: true }),
  'e2e-w2': (cfg: BenchConfig) => benchE2e(cfg, { workers: 2, cache: true }),
  'e2e-nocache': (cfg: BenchConfig) => benchE2e(cfg, { workers: 1, cache: false }),
} as const;

export type SectionName = keyof typeof SECTIONS;
export type SectionResult<N extends SectionName> = Awaited<ReturnType<(typeof SECTIONS)[N]>>;

export const SECTION_NAMES = Object.keys(SECTIONS) as SectionName[];

export function isSectionName(s: string): s is SectionName {
  return Object.hasOwn(SECTIONS, s);
}
