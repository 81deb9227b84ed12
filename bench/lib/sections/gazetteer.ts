/**
 * Gazetteer section: load (read + validate + lint + merge) and compile times, sizes, memory after
 * compile, and how fast a v8-serialised snapshot of the compiled form would load (tanzeem has no
 * compiled-form cache: this shows what one could give).
 */
import { deserialize, serialize } from 'node:v8';
import { loadGazetteer } from '../../../src/gazetteer/load.ts';
import { compileGazetteer, type CompiledGazetteer } from '../../../src/gazetteer/compile.ts';
import { loadCommonWords } from '../../../src/gazetteer/common-words.ts';
import type { BenchConfig } from '../config.ts';
import { bestOf, gc, load1, rssMb } from '../measure.ts';

export interface GazetteerResult {
  paths: string[];
  entities: number;
  /** names in the loaded (merged) entities: canonicals, aliases, acronyms, weak aliases */
  names: number;
  /** names in the compiled trie (after dropped collisions) */
  compiledNames: number;
  acronyms: number;
  weak: number;
  droppedCollisions: number;
  demotedCommon: number;
  loadSec: number;
  compileSec: number;
  /** load + compile, best of the runs */
  totalSec: number;
  runs: number[];
  rssBeforeMb: number;
  rssAfterCompileMb: number;
  heapAfterCompileMb: number;
  snapshot: { bytes: number; deserialiseSec: number };
  load1: number;
}

export function benchGazetteer(cfg: BenchConfig): GazetteerResult {
  const l1 = load1();
  gc();
  const rssBeforeMb = rssMb();
  let loadSec = Infinity;
  let compileSec = Infinity;
  // cheap next to the rest, and the most load-sensitive figure: one run more than the others
  const { best, seconds, runs } = bestOf(cfg.reps + 1, () => {
    const t0 = performance.now();
    const { gazetteer } = loadGazetteer(cfg.gazetteer);
    const t1 = performance.now();
    const compiled = compileGazetteer(gazetteer, { commonWords: loadCommonWords() });
    const t2 = performance.now();
    loadSec = Math.min(loadSec, (t1 - t0) / 1000);
    compileSec = Math.min(compileSec, (t2 - t1) / 1000);
    return compiled;
  });
  const compiled: CompiledGazetteer = best;
  gc();
  const rssAfterCompileMb = rssMb();
  const heapAfterCompileMb = process.memoryUsage().heapUsed / 1e6;
  let names = 0;
  let acronyms = 0;
  let weak = 0;
  for (const e of compiled.entities) {
    for (const n of e.names) {
      names++;
      if (n.kind === 'acronym') acronyms++;
      if (n.kind === 'weak') weak++;
    }
  }
  const snap = serialize(compiled);
  const de = bestOf(cfg.reps + 1, () => deserialize(snap) as CompiledGazetteer);
  return {
    paths: cfg.gazetteer,
    entities: compiled.entities.length,
    names,
    compiledNames: compiled.stats.names,
    acronyms,
    weak,
    droppedCollisions: compiled.stats.droppedCollisions,
    demotedCommon: compiled.stats.demotedCommon,
    loadSec,
    compileSec,
    totalSec: seconds,
    runs,
    rssBeforeMb,
    rssAfterCompileMb,
    heapAfterCompileMb,
    snapshot: { bytes: snap.length, deserialiseSec: de.seconds },
    load1: l1,
  };
}
