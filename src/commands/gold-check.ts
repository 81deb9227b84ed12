/**
 * `npm run gold:check [-- --gold DIR --corpus DIR]`: validate every gold file against its corpus
 * document. Exit 0 when there is no error (warnings allowed), 1 on any error, 2 on bad usage.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { checkGold } from '../gold/check-gold.ts';
import { countSeverities, diagnosticLines } from '../gold/report-lines.ts';

const USAGE = 'usage: npm run gold:check -- [--gold DIR] [--corpus DIR]   (defaults: gold/ and corpus/)';

export async function main(argv: string[]): Promise<number> {
  let values: { gold: string; corpus: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        gold: { type: 'string', default: 'gold' },
        corpus: { type: 'string', default: 'corpus' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }) as { values: typeof values });
  } catch (err) {
    process.stderr.write(`gold:check: ${(err as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  for (const [flag, dir] of [['--gold', values.gold], ['--corpus', values.corpus]] as const) {
    if (!existsSync(dir)) {
      process.stderr.write(`gold:check: folder ${dir} (${flag}) does not exist\n${USAGE}\n`);
      return 2;
    }
  }
  const result = checkGold({ goldDir: values.gold, corpusDir: values.corpus });
  for (const line of diagnosticLines(result.diagnostics)) process.stderr.write(line + '\n');
  const { errors, warnings } = countSeverities(result.diagnostics);
  if (result.files === 0) {
    process.stdout.write(`gold:check: no gold files (*.json) in ${values.gold}\n`);
    return errors > 0 ? 1 : 0;
  }
  const mentions = result.docs.reduce((n, f) => n + f.doc.mentions.length, 0);
  const sentences = result.docs.reduce((n, f) => n + f.doc.sentences.length, 0);
  process.stdout.write(
    `gold:check: ${result.files} files, ${sentences} sentences, ${mentions} mentions: ${errors} errors, ${warnings} warnings\n`,
  );
  return errors > 0 ? 1 : 0;
}
