/**
 * `tsx src/cli.ts eval-loo [--corpus DIR] [--gold DIR] [--out DIR] [--gazetteer DIR] [--curated DIR] [--rungs LIST]`
 *
 * Leave-one-document-out evaluation. The curated gazetteer was written from the seed documents
 * (the corpus); for each gold document d, every curated name whose match key occurs in d but in no
 * other seed document is removed (an entry with no name left is dropped), the pipeline runs on d
 * with that gazetteer, and d is scored. Counts are summed over documents (micro). This estimates
 * performance on articles the gazetteer was not written from. Every rung of the ablation ladder is
 * run this way and with the unfiltered gazetteer ("in sample"), side by side.
 *
 * Prints the eval table of the full LOO run, then every rung in sample and LOO; writes
 * OUT/eval-loo.json and, per rung, OUT/loo/<rung>/ (sentences.jsonl, mentions.jsonl, eval.json,
 * eval-errors.{jsonl,md}). Exit 0 after scoring, 2 on bad usage or missing input.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { selectRungs, type Rung } from '../baselines/ladder.ts';
import { runLoo, type Predicted } from '../baselines/loo/run-loo.ts';
import { readCorpusDocs } from '../baselines/read-corpus-docs.ts';
import { readGazetteerSources } from '../baselines/gazetteer-sources.ts';
import { loadRecogniser } from '../baselines/rung-processor.ts';
import { evaluateOutDir } from '../eval/evaluate-out-dir.ts';
import { formatComparison, formatTable, layout, type ComparisonRow } from '../eval/format-table.ts';
import type { EvalReport } from '../eval/types.ts';
import { checkGold } from '../gold/check-gold.ts';
import { writeFileAtomic } from '../runner/atomic-write.ts';
import { toJsonLine } from '../runner/jsonl.ts';

const USAGE = `usage: tsx src/cli.ts eval-loo [options]
  --corpus DIR     seed documents the curated gazetteer was written from (default corpus)
  --gold DIR       gold folder (default gold)
  --out DIR        where eval-loo.json and loo/<rung>/ go (default out)
  --gazetteer DIR  the whole gazetteer (default gazetteers)
  --curated DIR    the curated part, which is filtered (default gazetteers/curated)
  --rungs LIST     comma-separated rungs (exact, variants, fuzzy, learn, ner, full) or all (default all)`;

export async function main(argv: string[]): Promise<number> {
  let o: { corpus: string; gold: string; out: string; gazetteer: string; curated: string; rungs: string; help: boolean };
  let rungs: Rung[];
  try {
    o = parseArgs({
      args: argv,
      options: {
        corpus: { type: 'string', default: 'corpus' },
        gold: { type: 'string', default: 'gold' },
        out: { type: 'string', default: 'out' },
        gazetteer: { type: 'string', default: 'gazetteers' },
        curated: { type: 'string', default: 'gazetteers/curated' },
        rungs: { type: 'string', default: 'all' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    }).values as typeof o;
    rungs = selectRungs(o.rungs);
  } catch (err) {
    process.stderr.write(`eval-loo: ${(err as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (o.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  for (const [flag, dir] of [['--corpus', o.corpus], ['--gold', o.gold], ['--curated', o.curated], ['--gazetteer', o.gazetteer]] as const) {
    if (!existsSync(dir)) {
      process.stderr.write(`eval-loo: ${dir} does not exist (fix: pass ${flag} DIR)\n`);
      return 2;
    }
  }
  const gold = checkGold({ goldDir: o.gold, corpusDir: o.corpus });
  if (gold.docs.length === 0) {
    process.stderr.write(`eval-loo: no readable gold files in ${o.gold} (fix: npm run gold:check -- --gold ${o.gold})\n`);
    return 2;
  }
  const { docs } = readCorpusDocs(o.corpus);
  const goldIds = new Set(gold.docs.map((g) => g.doc.doc_id));
  const sources = readGazetteerSources(o.gazetteer, o.curated);
  const t0 = performance.now();
  const result = runLoo({ seeds: docs, held: goldIds, curated: sources.curated, other: sources.other, readDiagnostics: sources.diagnostics, rungs, ...(rungs.some((r) => r.ner) ? { recognise: await loadRecogniser() } : {}) });
  process.stderr.write(`eval-loo: ${result.removed.length} held-out documents × ${rungs.length} rungs in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);

  const goldDocs = gold.docs.map((g) => g.doc);
  const score = (name: string, p: Predicted): EvalReport => {
    const dir = join(o.out, 'loo', name);
    mkdirSync(dir, { recursive: true });
    writeFileAtomic(join(dir, 'sentences.jsonl'), p.sentences.map(toJsonLine).join(''));
    writeFileAtomic(join(dir, 'mentions.jsonl'), p.mentions.map(toJsonLine).join(''));
    return evaluateOutDir(goldDocs, gold.texts, dir, `Evaluation errors: ${name}, leave-one-document-out (${dir})`).report;
  };
  const rows: ComparisonRow[] = [];
  const systems = result.systems.map((s) => {
    const loo = score(s.rung.name, s.loo);
    const inSample = score(`${s.rung.name}-in-sample`, s.inSample);
    rows.push({ name: s.rung.name, report: inSample }, { name: `${s.rung.name} LOO`, report: loo });
    return { rung: s.rung.name, gazetteer: s.rung.gazetteer, loo, in_sample: inSample };
  });
  const headline = systems.find((s) => s.rung === 'full') ?? systems[systems.length - 1]!;
  process.stdout.write(`leave-one-document-out, rung ${headline.rung} (micro over held-out documents)\n`);
  process.stdout.write(formatTable(headline.loo));
  process.stdout.write('\nin sample vs leave-one-document-out\n' + formatComparison(rows));
  process.stdout.write('\ncurated names removed per held-out document\n' + layout([['document', 'names removed', 'entries dropped'], ...result.removed.map((r) => [r.doc_id, String(r.names.length), String(r.dropped.length)])]));
  const report = {
    docs: goldDocs.length,
    seed_documents: docs.length,
    curated: o.curated,
    gazetteer: o.gazetteer,
    systems,
    removed: result.removed,
  };
  const file = join(o.out, 'eval-loo.json');
  writeFileAtomic(file, JSON.stringify(report, null, 2) + '\n');
  process.stdout.write(`wrote ${file} and ${join(o.out, 'loo')}/<rung>/\n`);
  return 0;
}
