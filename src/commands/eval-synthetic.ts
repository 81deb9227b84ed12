/**
 * `tsx src/cli.ts eval-synthetic [--out DIR] [--gazetteer DIR] [--curated DIR] [--seed N] [--count N] [--controls N] [--rungs LIST]`
 *
 * A synthetic robustness test: variants of curated gazetteer names made by rules other than the
 * ones the matcher folds (src/baselines/synthetic/variant-rules.ts), each in a template news
 * sentence beside a distractor sentence of capitalised non-entity words, one document each; the
 * pipeline runs up to the mentions stage for each rung of the ladder. Reports recall of the right
 * entity id per rule, mention precision (wrong-entity links, unlinked, spurious mentions) and the
 * precision of fuzzy hits alone; writes OUT/eval-synthetic.json. Deterministic for a seed.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { selectRungs, type Rung } from '../baselines/ladder.ts';
import { readGazetteerSources } from '../baselines/gazetteer-sources.ts';
import { loadRecogniser } from '../baselines/rung-processor.ts';
import { formatSynthetic } from '../baselines/synthetic/format-synthetic.ts';
import { runSynthetic } from '../baselines/synthetic/run-synthetic.ts';
import { writeFileAtomic } from '../runner/atomic-write.ts';

const USAGE = `usage: tsx src/cli.ts eval-synthetic [options]
  --out DIR        where eval-synthetic.json goes (default out)
  --gazetteer DIR  the whole gazetteer (default gazetteers)
  --curated DIR    the curated names to vary (default gazetteers/curated)
  --seed N         PRNG seed (default 2024)
  --count N        number of variants (default 2000)
  --controls N     unchanged names added as controls (default 200)
  --rungs LIST     comma-separated rungs (exact, variants, fuzzy, learn, ner, full) or all (default all)`;

const int = (s: string, flag: string): number => {
  const n = Number(s);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${flag} must be a whole number ≥ 0, found "${s}"`);
  return n;
};

export async function main(argv: string[]): Promise<number> {
  let o: { out: string; gazetteer: string; curated: string; seed: string; count: string; controls: string; rungs: string; help: boolean };
  let rungs: Rung[];
  let seed: number;
  let count: number;
  let controls: number;
  try {
    o = parseArgs({
      args: argv,
      options: {
        out: { type: 'string', default: 'out' },
        gazetteer: { type: 'string', default: 'gazetteers' },
        curated: { type: 'string', default: 'gazetteers/curated' },
        seed: { type: 'string', default: '2024' },
        count: { type: 'string', default: '2000' },
        controls: { type: 'string', default: '200' },
        rungs: { type: 'string', default: 'all' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    }).values as typeof o;
    rungs = selectRungs(o.rungs);
    seed = int(o.seed, '--seed');
    count = int(o.count, '--count');
    controls = int(o.controls, '--controls');
  } catch (err) {
    process.stderr.write(`eval-synthetic: ${(err as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (o.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  for (const [flag, dir] of [['--curated', o.curated], ['--gazetteer', o.gazetteer]] as const) {
    if (!existsSync(dir)) {
      process.stderr.write(`eval-synthetic: ${dir} does not exist (fix: pass ${flag} DIR)\n`);
      return 2;
    }
  }
  const sources = readGazetteerSources(o.gazetteer, o.curated);
  const t0 = performance.now();
  const result = runSynthetic({ curated: sources.curated, other: sources.other, readDiagnostics: sources.diagnostics, rungs, seed, count, controls, ...(rungs.some((r) => r.ner) ? { recognise: await loadRecogniser() } : {}) });
  process.stderr.write(`eval-synthetic: ${result.docs.length} documents × ${rungs.length} rungs in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  process.stdout.write(formatSynthetic(result));
  const examples: Record<string, Array<{ entity: string; original: string; variant: string }>> = {};
  for (const v of result.variants) {
    const list = (examples[v.rule] ??= []);
    if (list.length < 8) list.push({ entity: v.entityId, original: v.original, variant: v.variant });
  }
  const report = { seed, count: result.variants.filter((v) => v.rule !== 'original').length, controls: result.variants.filter((v) => v.rule === 'original').length, sources: result.sources, curated: o.curated, gazetteer: o.gazetteer, systems: result.systems.map((s) => ({ rung: s.rung, ...s.score })), examples };
  mkdirSync(o.out, { recursive: true });
  const file = join(o.out, 'eval-synthetic.json');
  writeFileAtomic(file, JSON.stringify(report, null, 2) + '\n');
  process.stdout.write(`wrote ${file}\n`);
  return 0;
}
