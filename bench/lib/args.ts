/** Command-line options of `npm run bench`. */
import { parseArgs } from 'node:util';
import { SECTION_NAMES, isSectionName, type SectionName } from './sections/index.ts';

export const HELP = `usage: npm run bench -- [options]
  --mb N            corpus size in MB (default 50), generated into bench/data/corpus/<N>mb/
  --quick           5 MB corpus, 0.5 MB peer slice (for development)
  --reps N          runs per timed section, the best is kept (default 2)
  --peers-mb N      slice the peers run on (default 2)
  --only LIST       sections to run (default all): ${SECTION_NAMES.join(',')}
  --skip LIST       sections to leave out
  --gazetteer PATH  base gazetteer (repeatable; default gazetteers/)
  --no-world        without the world GeoNames cities
  --profile         also profile the end-to-end run (node --cpu-prof) and summarise it
  --profile-mb N    corpus size for the profile (default 10)
  --in-process      run every section in this process (peak RSS then covers all of them)
  --out FILE        report JSON (default out/bench.json)`;

export interface BenchArgs {
  mb: number;
  reps: number;
  peersMb: number;
  sections: SectionName[];
  gazetteer?: string[];
  world: boolean;
  profile: boolean;
  profileMb: number;
  isolate: boolean;
  out: string;
  help: boolean;
}

function sectionList(s: string, flag: string): SectionName[] {
  const names = s.split(',').map((x) => x.trim()).filter(Boolean);
  for (const n of names) if (!isSectionName(n)) throw new Error(`${flag}: unknown section "${n}" (known: ${SECTION_NAMES.join(', ')})`);
  return names as SectionName[];
}

function positive(s: string | undefined, flag: string, dflt: number): number {
  if (s === undefined) return dflt;
  const n = Number(s);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${flag} must be a positive number, found "${s}"`);
  return n;
}

export function parseBenchArgs(argv: string[]): BenchArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      mb: { type: 'string' },
      quick: { type: 'boolean', default: false },
      reps: { type: 'string' },
      'peers-mb': { type: 'string' },
      only: { type: 'string' },
      skip: { type: 'string' },
      gazetteer: { type: 'string', multiple: true },
      'no-world': { type: 'boolean', default: false },
      profile: { type: 'boolean', default: false },
      'profile-mb': { type: 'string' },
      'in-process': { type: 'boolean', default: false },
      out: { type: 'string', default: 'out/bench.json' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const quick = values.quick === true;
  let sections = values.only ? sectionList(values.only, '--only') : [...SECTION_NAMES];
  if (values.skip) {
    const skip = new Set(sectionList(values.skip, '--skip'));
    sections = sections.filter((s) => !skip.has(s));
  }
  const reps = positive(values.reps, '--reps', 2);
  if (!Number.isInteger(reps)) throw new Error(`--reps must be a whole number, found "${values.reps}"`);
  return {
    mb: positive(values.mb, '--mb', quick ? 5 : 50),
    reps,
    peersMb: positive(values['peers-mb'], '--peers-mb', quick ? 0.5 : 2),
    sections,
    ...(values.gazetteer && values.gazetteer.length > 0 ? { gazetteer: values.gazetteer } : {}),
    world: !values['no-world'],
    profile: values.profile === true,
    profileMb: positive(values['profile-mb'], '--profile-mb', quick ? 5 : 10),
    isolate: !values['in-process'],
    out: values.out!,
    help: values.help === true,
  };
}
