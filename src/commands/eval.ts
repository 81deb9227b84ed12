/**
 * `npm run eval -- [--gold DIR] [--out DIR] [--corpus DIR] [--system NAME=DIR]… [--baselines]`
 *
 * Scores OUT/sentences.jsonl and OUT/mentions.jsonl against the gold files, prints a table and
 * writes OUT/eval.json (CONTRACT.md layout), OUT/eval-errors.jsonl and OUT/eval-errors.md.
 * `--system NAME=DIR` scores more out folders the same way and prints all systems side by side;
 * `--baselines` adds every sibling folder `OUT-<name>/` that has a mentions.jsonl.
 * Exit 0 after scoring, 1 when the gold cannot be read, 2 on bad usage or missing input.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { evaluateOutDir } from '../eval/evaluate-out-dir.ts';
import { formatComparison, formatTable, type ComparisonRow } from '../eval/format-table.ts';
import { checkGold } from '../gold/check-gold.ts';
import { countSeverities, diagnosticLines } from '../gold/report-lines.ts';
import { writeFileAtomic } from '../runner/atomic-write.ts';
import { TanzeemError } from '../types/diagnostic.ts';

const USAGE =
  'usage: npm run eval -- [--gold DIR] [--out DIR] [--corpus DIR] [--system NAME=DIR]... [--baselines]\n' +
  '  defaults: --gold gold --out out --corpus corpus';

interface Options {
  gold: string;
  out: string;
  corpus: string;
  system: string[];
  baselines: boolean;
  help: boolean;
}

export async function main(argv: string[]): Promise<number> {
  let o: Options;
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        gold: { type: 'string', default: 'gold' },
        out: { type: 'string', default: 'out' },
        corpus: { type: 'string', default: 'corpus' },
        system: { type: 'string', multiple: true, default: [] },
        baselines: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    });
    o = values as Options;
  } catch (err) {
    process.stderr.write(`eval: ${(err as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (o.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  if (!existsSync(o.gold)) return usageError(`gold folder ${o.gold} does not exist`, 'pass --gold DIR, or label documents (ANNOTATION.md) / import them with `npm run gold:import`');
  const systems = [{ name: 'tanzeem', dir: o.out }, ...parseSystems(o.system), ...(o.baselines ? findBaselines(o.out) : [])];

  const gold = checkGold({ goldDir: o.gold, corpusDir: existsSync(o.corpus) ? o.corpus : null });
  if (gold.files === 0) return usageError(`no gold files (*.json) in ${o.gold}`, 'label documents (ANNOTATION.md) or import them with `npm run gold:import`');
  const unreadable = gold.diagnostics.filter((d) => ['GOLD_JSON', 'GOLD_SCHEMA', 'GOLD_PATH', 'GOLD_DOC_ID'].includes(d.code));
  if (unreadable.length > 0) {
    for (const line of diagnosticLines(unreadable)) process.stderr.write(line + '\n');
    process.stderr.write(`eval: ${unreadable.length} gold problems stop scoring; fix them (npm run gold:check -- --gold ${o.gold})\n`);
    return 1;
  }
  const { errors, warnings } = countSeverities(gold.diagnostics);
  if (errors > 0) {
    process.stderr.write(`eval: warning: the gold has ${errors} errors and ${warnings} warnings; scores may be off. See \`npm run gold:check -- --gold ${o.gold}\`\n`);
  }

  const docs = gold.docs.map((f) => f.doc);
  const rows: ComparisonRow[] = [];
  for (const s of systems) {
    const r = evaluateOutDir(docs, gold.texts, s.dir, `Evaluation errors: ${s.name} (${s.dir})`);
    rows.push({ name: s.name, report: r.report });
    if (rows.length === 1) {
      process.stdout.write(formatTable(r.report));
      printSkipped(r.report.skipped);
    }
    process.stdout.write(`${s.name}: wrote ${r.written.join(', ')} (${r.errors.length} error records)\n`);
  }
  if (rows.length > 1) {
    process.stdout.write('\n' + formatComparison(rows));
    const comparison = rows.map((r, i) => ({ name: r.name, out: systems[i]!.dir, docs: r.report.docs, mentions: r.report.mentions, sentences: r.report.sentences, linking: r.report.linking, relations: r.report.relations }));
    writeFileAtomic(join(o.out, 'eval-comparison.json'), JSON.stringify(comparison, null, 2) + '\n');
    process.stdout.write(`wrote ${join(o.out, 'eval-comparison.json')}\n`);
  }
  return 0;
}

function printSkipped(s: { no_predictions: string[]; no_gold_sentences: string[]; predicted_docs_without_gold: number; ignored_types: Record<string, number> }): void {
  if (s.no_predictions.length > 0) process.stderr.write(`eval: note: no predictions at all for gold documents: ${s.no_predictions.join(', ')} (are they in the corpus the pipeline ran on?)\n`);
  if (s.no_gold_sentences.length > 0) process.stderr.write(`eval: note: gold without sentences (left out of sentence and relation scores): ${s.no_gold_sentences.join(', ')}\n`);
  const ignored = Object.entries(s.ignored_types).map(([t, n]) => `${t} ×${n}`);
  if (ignored.length > 0) process.stderr.write(`eval: note: predicted mentions of unscored types ignored: ${ignored.join(', ')}\n`);
}

function parseSystems(specs: string[]): Array<{ name: string; dir: string }> {
  return specs.map((spec) => {
    const i = spec.indexOf('=');
    if (i <= 0 || i === spec.length - 1) {
      throw new TanzeemError([{ code: 'EVAL_USAGE', severity: 'fatal', stage: 'eval', message: `--system ${JSON.stringify(spec)} is not NAME=DIR`, fix: 'write e.g. --system gazetteer-only=out-gazetteer' }]);
    }
    return { name: spec.slice(0, i), dir: spec.slice(i + 1) };
  });
}

/** Sibling folders `<out>-<name>/` with a mentions.jsonl (where baseline systems write). */
function findBaselines(out: string): Array<{ name: string; dir: string }> {
  const parent = dirname(out);
  const prefix = `${basename(out)}-`;
  const found = existsSync(parent)
    ? readdirSync(parent)
        .filter((n) => n.startsWith(prefix) && statSync(join(parent, n)).isDirectory() && existsSync(join(parent, n, 'mentions.jsonl')))
        .sort()
        .map((n) => ({ name: n.slice(prefix.length), dir: join(parent, n) }))
    : [];
  if (found.length === 0) {
    throw new TanzeemError([{ code: 'EVAL_NO_BASELINES', severity: 'fatal', stage: 'eval', file: join(parent, `${prefix}*`), message: 'no baseline out folder with a mentions.jsonl', fix: `run the baseline systems so they write ${join(parent, `${prefix}<name>`)}/, or name folders with --system NAME=DIR` }]);
  }
  return found;
}

function usageError(message: string, fix: string): number {
  process.stderr.write(`eval: ${message} (fix: ${fix})\n`);
  return 2;
}
