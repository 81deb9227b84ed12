/**
 * `npm run fuzz -- --runs N [--seed S] [--ner] [--max-pieces K]`: long property-based run of the
 * whole pipeline (see check-pipeline.ts for the invariants). Prints the number of cases run and,
 * on failure, the shrunk counterexample (gazetteer entries and documents, JSON-escaped so control
 * characters and lone surrogates are visible), the seed and the replay path. Exit 0 when every
 * case passes, 1 on a counterexample, 2 on bad usage.
 */
import fc from 'fast-check';
import { parseArgs } from 'node:util';
import { caseArb } from './case-arb.ts';
import { checkCase, setRecogniser } from './check-pipeline.ts';
import type { Recognise } from '../../src/stages/mentions/index.ts';

const USAGE = 'usage: npm run fuzz -- --runs N [--seed S] [--path P] [--ner]\n  --ner   also run the fallback recogniser on a third of the cases (slower)\n  --path  replay path printed with a counterexample (with its --seed)';

async function main(argv: string[]): Promise<number> {
  let values: { runs?: string; seed?: string; path?: string; ner?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({ args: argv, options: { runs: { type: 'string' }, seed: { type: 'string' }, path: { type: 'string' }, ner: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, strict: true }));
  } catch (err) {
    process.stderr.write(`fuzz: ${(err as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  const runs = Number(values.runs ?? '1000');
  const seed = values.seed === undefined ? Date.now() % 2 ** 31 : Number(values.seed);
  if (!Number.isInteger(runs) || runs <= 0 || !Number.isInteger(seed)) {
    process.stderr.write(`fuzz: --runs must be a positive integer and --seed an integer\n${USAGE}\n`);
    return 2;
  }
  if (values.ner) {
    const mod = (await import('../../src/stages/mentions/recognise/index.ts')) as { createRecogniser: () => Recognise };
    setRecogniser(mod.createRecogniser());
  }
  let cases = 0;
  const t0 = performance.now();
  const every = Math.max(1, Math.floor(runs / 10));
  const result = fc.check(
    fc.property(caseArb(values.ner === true), (c) => {
      cases++;
      if (cases % every === 0 && cases <= runs) process.stderr.write(`  ${cases}/${runs} cases\n`);
      checkCase(c);
    }),
    { numRuns: runs, seed, ...(values.path ? { path: values.path } : {}), endOnFailure: false },
  );
  const secs = ((performance.now() - t0) / 1000).toFixed(1);
  if (!result.failed) {
    process.stdout.write(`fuzz: ${result.numRuns} cases passed (seed ${seed}${values.ner ? ', with recogniser' : ''}) in ${secs}s\n`);
    return 0;
  }
  process.stdout.write(`fuzz: FAILED after ${result.numRuns} cases (${result.numShrinks} shrinks; seed ${seed}, path ${result.counterexamplePath}) in ${secs}s\n`);
  process.stdout.write(`replay: npm run fuzz -- --runs ${runs} --seed ${seed} --path ${result.counterexamplePath}${values.ner ? ' --ner' : ''}\n`);
  const err = result.errorInstance;
  process.stdout.write(`error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.stdout.write(`counterexample:\n${JSON.stringify(result.counterexample?.[0], null, 2)}\n`);
  return 1;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`fuzz: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  },
);
