/** The layout of out/bench.json. */
import type { CorpusManifest } from '../corpus/ensure-corpus.ts';
import type { ProfileResult } from '../profile/profile-e2e.ts';
import type { SectionName, SectionResult } from '../sections/index.ts';
import type { CodeInfo, MachineInfo } from './machine.ts';

/** A section's result, or why it is missing. */
export type Outcome<T> = T | { error: string };

export interface Goal {
  name: string;
  target: string;
  value: string;
  ok: boolean | null;
}

export interface BenchReport {
  bench: 1;
  date: string;
  code: CodeInfo;
  machine: MachineInfo;
  load: { start: [number, number, number]; end: [number, number, number] };
  method: string;
  config: { mb: number; reps: number; peersMb: number; gazetteer: string[]; isolated: boolean };
  corpus: CorpusManifest & { dir: string; reused: boolean };
  sections: { [N in SectionName]: Outcome<SectionResult<N>> | null };
  speedup2: number | null;
  e2eVsCeiling: number | null;
  goals: Goal[];
  profile: Outcome<ProfileResult> | null;
  seconds: number;
}

export function ok<T>(o: Outcome<T> | null | undefined): T | null {
  return o && !(typeof o === 'object' && o !== null && 'error' in o) ? (o as T) : null;
}
