/**
 * `npm run bench`: throughput and memory of tanzeem on a generated corpus with the full gazetteer
 * plus the world's cities, against a ceiling and two peers; goals marked ✓/✗; optional profile.
 * The table goes to stdout, progress to stderr, every figure to out/bench.json. See --help.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HELP, parseBenchArgs } from './lib/args.ts';
import { runBench } from './lib/bench.ts';
import { formatReport } from './lib/report/table.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
let args;
try {
  args = parseBenchArgs(process.argv.slice(2));
} catch (err) {
  process.stderr.write(`bench: ${(err as Error).message}\n${HELP}\n`);
  process.exit(2);
}
if (args.help) {
  process.stdout.write(HELP + '\n');
  process.exit(0);
}
const report = await runBench({
  root,
  mb: args.mb,
  reps: args.reps,
  peersMb: args.peersMb,
  sections: args.sections,
  isolate: args.isolate,
  world: args.world,
  ...(args.gazetteer ? { gazetteer: args.gazetteer.map((g) => resolve(g)) } : {}),
  profile: args.profile,
  profileMb: args.profileMb,
  outFile: resolve(root, args.out),
  dataDir: resolve(root, 'bench/data'),
  log: (l) => process.stderr.write(l + '\n'),
});
process.stdout.write(formatReport(report));
process.stderr.write(`report written to ${args.out} (${report.seconds.toFixed(0)} s)\n`);
