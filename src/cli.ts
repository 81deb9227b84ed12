#!/usr/bin/env node
/**
 * Entry point of every npm script: `tsx src/cli.ts <command> [options]`.
 * Each command lives in src/commands/<command>.ts and exports `main(argv) => Promise<exitCode>`.
 */
import { TanzeemError, formatDiagnostic } from './types/diagnostic.ts';

const COMMANDS: Record<string, string> = {
  pipeline: './commands/pipeline.ts',
  eval: './commands/eval.ts',
  'gold-check': './commands/gold-check.ts',
  'gold-import': './commands/gold-import.ts',
  'gazetteer-import': './commands/gazetteer-import.ts',
  'gazetteer-lint': './commands/gazetteer-lint.ts',
  suggest: './commands/suggest.ts',
  report: './commands/report.ts',
  merge: './commands/merge.ts',
  baselines: './commands/baselines.ts',
  'eval-loo': './commands/eval-loo.ts',
  'eval-synthetic': './commands/eval-synthetic.ts',
};

async function run(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || !(name in COMMANDS)) {
    const known = Object.keys(COMMANDS).join(', ');
    process.stderr.write(
      name && name !== '--help' && name !== '-h'
        ? `tanzeem: unknown command '${name}'. Known commands: ${known}\n`
        : `usage: tanzeem <command> [options]\ncommands: ${known}\n`,
    );
    return name && name !== '--help' && name !== '-h' ? 2 : 0;
  }
  const mod = (await import(COMMANDS[name]!)) as { main: (argv: string[]) => Promise<number> };
  try {
    return await mod.main(rest);
  } catch (err) {
    // node:util parseArgs: unknown or malformed options are usage errors, not crashes
    const code = (err as { code?: string }).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`tanzeem ${name}: ${(err as Error).message}\n(see the README's command table, or the command's --help where it has one)\n`);
      return 2;
    }
    throw err;
  }
}

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    if (err instanceof TanzeemError) {
      for (const d of err.diagnostics) process.stderr.write(formatDiagnostic(d) + '\n');
      process.exitCode = 2;
    } else {
      process.stderr.write(`tanzeem: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exitCode = 1;
    }
  },
);
