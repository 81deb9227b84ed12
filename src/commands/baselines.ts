/**
 * `tsx src/cli.ts baselines [--corpus DIR] [--out DIR] [--gazetteer DIR] [--curated DIR] [--only LIST] [--skip-main]`
 *
 * Runs every comparison system on the corpus, each into its own sibling out folder `<out>-<name>/`,
 * so `npm run eval -- --baselines` scores them side by side with the main run:
 *  - `compromise`: compromise NER (organizations / people / places → ORG / PERSON / LOC);
 *  - `wink-exact`: wink-nlp custom entities from every gazetteer name (curated and imported), exact;
 *  - the ablation ladder of tanzeem (src/baselines/ladder.ts): `exact`, `variants`, `fuzzy`,
 *    `learn`, `ner` on the curated gazetteer only, and the full default run into `<out>` itself.
 * Same input, same bytes. Exit 0 when every system ran, 1 when some were skipped, 2 on bad usage.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { LADDER } from '../baselines/ladder.ts';
import { readCorpusDocs } from '../baselines/read-corpus-docs.ts';
import { runSpanBaseline, type SpanBaseline } from '../baselines/run-span-baseline.ts';
import { compromiseBaseline, winkExactBaseline } from '../baselines/span-baselines.ts';
import { loadGazetteer } from '../gazetteer/load.ts';
import { runPipeline } from '../runner/run-pipeline.ts';
import { TanzeemError } from '../types/diagnostic.ts';

const USAGE = `usage: tsx src/cli.ts baselines [options]
  --corpus DIR     corpus folder (default corpus)
  --out DIR        main out folder; systems go to DIR-<name>/ (default out)
  --gold DIR       gold folder, only named in the hint printed at the end (default gold)
  --gazetteer DIR  the whole gazetteer (default gazetteers)
  --curated DIR    the curated gazetteer the ladder uses (default gazetteers/curated)
  --only LIST      comma-separated systems: compromise, wink-exact, ${LADDER.map((r) => r.name).join(', ')} (default all)
  --skip-main      do not rerun the full pipeline into --out (the 'full' rung)`;

const SYSTEMS = ['compromise', 'wink-exact', ...LADDER.map((r) => r.name)];

export async function main(argv: string[]): Promise<number> {
  let values: { corpus: string; out: string; gold: string; gazetteer: string; curated: string; only?: string; 'skip-main': boolean; help: boolean };
  try {
    values = parseArgs({
      args: argv,
      options: {
        corpus: { type: 'string', default: 'corpus' },
        out: { type: 'string', default: 'out' },
        gold: { type: 'string', default: 'gold' },
        gazetteer: { type: 'string', default: 'gazetteers' },
        curated: { type: 'string', default: 'gazetteers/curated' },
        only: { type: 'string' },
        'skip-main': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    }).values as typeof values;
  } catch (err) {
    process.stderr.write(`baselines: ${(err as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  const wanted = values.only ? values.only.split(',').map((s) => s.trim()) : SYSTEMS;
  const unknown = wanted.filter((w) => !SYSTEMS.includes(w));
  if (unknown.length > 0) {
    process.stderr.write(`baselines: unknown system ${unknown.join(', ')}; known: ${SYSTEMS.join(', ')}\n`);
    return 2;
  }
  if (!existsSync(values.corpus)) {
    process.stderr.write(`baselines: corpus folder ${values.corpus} does not exist (fix: pass --corpus DIR)\n`);
    return 2;
  }
  const log = (l: string): void => void process.stderr.write(l + '\n');
  const { docs, diagnostics } = readCorpusDocs(values.corpus);
  for (const d of diagnostics) log(`baselines: skipped ${d.file ?? d.docId}: ${d.message}`);
  let skipped = 0;
  const ran: string[] = [];
  const dirOf = (name: string): string => `${values.out}-${name}`;

  const spans: SpanBaseline[] = [];
  if (wanted.includes('compromise')) spans.push(compromiseBaseline());
  if (wanted.includes('wink-exact')) {
    const t0 = performance.now();
    const { system, stats } = winkExactBaseline(loadGazetteer([values.gazetteer]).gazetteer.entities);
    log(`wink-exact: learned ${stats.names} names and ${stats.acronyms} acronyms of ${stats.entities} entities from ${values.gazetteer} in ${((performance.now() - t0) / 1000).toFixed(1)} s (${stats.shared} shared names given to one entity, ${stats.skipped} skipped)`);
    spans.push(system);
  }
  for (const s of spans) {
    const r = runSpanBaseline(docs, dirOf(s.name), s);
    ran.push(`${s.name}: ${dirOf(s.name)}/ (${Object.values(r.mentions).reduce((a, b) => a + b, 0)} mentions, ${r.relations} relations; spans cut at a sentence end ${r.placement.clipped}, dropped ${r.placement.dropped}, overlapped ${r.placement.overlapped})`);
  }

  for (const rung of LADDER) {
    if (!wanted.includes(rung.name)) continue;
    if (rung.name === 'full' && values['skip-main']) continue;
    const gazetteer = rung.gazetteer === 'curated' ? values.curated : values.gazetteer;
    if (!existsSync(gazetteer)) {
      log(`baselines: warning: ${rung.name} skipped: gazetteer ${gazetteer} does not exist (fix: pass --curated DIR); an older ${dirOf(rung.name)}/ is left as it was`);
      skipped++;
      continue;
    }
    const out = rung.name === 'full' ? values.out : dirOf(rung.name);
    try {
      const codes = new Map<string, number>();
      const { summary } = await runPipeline({ corpus: values.corpus, out, gazetteer: [gazetteer], from: 0, to: 3, window: 'sentence', maxDocBytes: 20e6, fuzzy: rung.fuzzy, variants: rung.variants, learn: rung.learn, ner: rung.ner, log: (l) => countCode(codes, l) });
      if (codes.size > 0) log(`${rung.name}: diagnostics ${[...codes].map(([c, n]) => `${c} ×${n}`).join(', ')} (see ${out}/diagnostics.jsonl)${rung.gazetteer === 'curated' && codes.has('GAZETTEER_SAME_AS_MISSING') ? '; same_as to imported lists is expected to miss on the curated-only rungs' : ''}`);
      const n = Object.values(summary.mentions).reduce((a, b) => a + b, 0);
      ran.push(`${rung.name}: ${out}/ (${n} mentions, ${summary.relations} relations; gazetteer ${gazetteer}: ${summary.gazetteer?.entities ?? 0} entities)`);
    } catch (err) {
      if (!(err instanceof TanzeemError)) throw err;
      for (const d of err.diagnostics) log(`${rung.name}: ${d.file ? d.file + ': ' : ''}${d.message}`);
      log(`baselines: warning: ${rung.name} skipped`);
      skipped++;
    }
  }
  for (const line of ran) process.stdout.write(line + '\n');
  process.stdout.write(`score them side by side: npm run eval -- --gold ${values.gold} --out ${values.out} --baselines\n`);
  return skipped > 0 ? 1 : 0;
}

/** Count a runner log line by its diagnostic code ("[CODE]"), or keep it under "other". */
function countCode(codes: Map<string, number>, line: string): void {
  const code = /\[([A-Z_]+)\]/.exec(line)?.[1] ?? 'other';
  codes.set(code, (codes.get(code) ?? 0) + 1);
}
