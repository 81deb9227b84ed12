/**
 * `tanzeem gazetteer-import <un|ofac|geonames|all> [input] [options]`: import public lists into
 * gazetteers/imported/<source>.jsonl plus <source>.report.json. See src/gazetteer/import/.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import type { ImportedEntry } from '../gazetteer/import/entry.ts';
import { parseStoplist } from '../gazetteer/import/geonames/filter-alternate.ts';
import { importGeonames } from '../gazetteer/import/geonames/import-geonames.ts';
import { importOfac } from '../gazetteer/import/ofac/import-ofac.ts';
import { summariseOverlaps } from '../gazetteer/import/overlaps.ts';
import { readInput, writeImport } from '../gazetteer/import/read-input.ts';
import type { ImportReport } from '../gazetteer/import/report.ts';
import { importUn } from '../gazetteer/import/un/import-un.ts';
import { writeFileAtomic } from '../runner/atomic-write.ts';

const DEFAULTS = {
  un: 'data/un-sc-consolidated/consolidated.xml',
  ofac: 'data/ofac-sdn/sdn.csv',
  alt: 'data/ofac-sdn/alt.csv',
  geonames: 'data/geonames/cities15000_PK_AF_IQ_SY.txt',
  admin1: 'data/geonames/admin1CodesASCII.txt',
  bench: 'data/geonames/cities15000.txt.gz',
  stoplist: 'data/english-stoplist/common-english-5000.txt',
  outDir: 'gazetteers/imported',
  countries: 'gazetteers/curated/countries.yml',
} as const;

const USAGE = `usage: tanzeem gazetteer-import <source> [input] [options]
  un       [${DEFAULTS.un}]
  ofac     [${DEFAULTS.ofac}] [--alt ${DEFAULTS.alt}]
  geonames [${DEFAULTS.geonames}] [--admin1 ${DEFAULTS.admin1}] [--stoplist FILE] [--countries PK,AF,IQ,SY]
  geonames --bench [${DEFAULTS.bench}] --out FILE   (every city of the world, for speed tests)
  all      the three above with default inputs (ofac with alt.csv, geonames with admin1), plus overlaps.report.json
options: --out FILE (entries; the report goes beside it as FILE.report.json), --all-programmes (UN: every list;
         OFAC: every programme; default keeps UN Al-Qaida/Taliban and OFAC SDGT/FTO)
`;

type Result = { entries: ImportedEntry[]; report: ImportReport };

function summary(name: string, r: Result, paths: { out: string; report: string }): string {
  const c = r.report.counts;
  const n = (k: string): number => (typeof c[k] === 'number' ? (c[k] as number) : 0);
  const by = (c.byType ?? c.byCountry ?? {}) as Record<string, number>;
  const byText = Object.keys(by).length > 8 ? `${Object.keys(by).length} countries` : JSON.stringify(by);
  return `${name}: ${r.entries.length} entries (${byText}), ${n('aliases')} aliases, ${n('acronyms')} acronyms, ${n('weak_aliases')} weak aliases, ${r.report.unmapped.length} unmapped -> ${paths.out}, ${paths.report}\n`;
}

/** Run the command. @returns exit code: 0 ok, 2 usage error (data errors throw TanzeemError). */
export async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        alt: { type: 'string' },
        admin1: { type: 'string' },
        stoplist: { type: 'string' },
        countries: { type: 'string' },
        'all-programmes': { type: 'boolean', default: false },
        bench: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (err) {
    process.stderr.write(`gazetteer-import: ${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values: o, positionals } = args;
  const [source, input, ...extra] = positionals;
  if (o.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const fail = (msg: string): number => {
    process.stderr.write(`gazetteer-import: ${msg}\n${USAGE}`);
    return 2;
  };
  if (!source || !['un', 'ofac', 'geonames', 'all'].includes(source)) return fail(source ? `unknown source '${source}'` : 'missing source');
  if (extra.length > 0) return fail(`unexpected argument(s): ${extra.join(' ')}`);
  if (o.bench && source !== 'geonames') return fail('--bench is a geonames option');
  if (o.bench && !o.out) return fail('--bench needs --out FILE (bench output is not part of the default gazetteer)');
  if (source === 'all' && (input || o.out)) return fail('all takes no input or --out; it uses the default paths');
  const allProgrammes = o['all-programmes'] === true;
  const out = (name: string): string => o.out ?? `${DEFAULTS.outDir}/${name}.jsonl`;

  const runUn = (file: string): Result => {
    const x = readInput(file);
    return importUn(x.text, x.file, { allProgrammes });
  };
  const runOfac = (file: string, alt: string | undefined): Result =>
    importOfac(readInput(file), alt ? readInput(alt) : undefined, { allProgrammes });
  const runGeonames = (file: string, admin1: string | undefined): Result => {
    const stopFile = o.stoplist ?? DEFAULTS.stoplist;
    const stop = readInput(stopFile);
    const countries = o.countries ? o.countries.split(',').map((c) => c.trim().toUpperCase()).filter((c) => c !== '') : undefined;
    return importGeonames(readInput(file), admin1 ? readInput(admin1) : undefined, { words: parseStoplist(stop.text), file: stopFile }, {
      bench: o.bench === true,
      ...(countries ? { countries } : {}),
    });
  };

  const warn = (r: Result): void => {
    for (const w of r.report.warnings.filter((x) => x.startsWith('no '))) process.stderr.write(`gazetteer-import: warning: ${w}\n`);
  };

  if (source === 'un') {
    const r = runUn(input ?? DEFAULTS.un);
    process.stdout.write(summary('un', r, writeImport(out('un'), r.entries, r.report)));
  } else if (source === 'ofac') {
    const r = runOfac(input ?? DEFAULTS.ofac, o.alt);
    warn(r);
    process.stdout.write(summary('ofac', r, writeImport(out('ofac'), r.entries, r.report)));
  } else if (source === 'geonames') {
    const r = runGeonames(input ?? (o.bench ? DEFAULTS.bench : DEFAULTS.geonames), o.admin1 ?? (o.bench ? DEFAULTS.admin1 : undefined));
    warn(r);
    process.stdout.write(summary(o.bench ? 'geonames (bench)' : 'geonames', r, writeImport(out('geonames'), r.entries, r.report)));
  } else {
    const results: [string, Result][] = [
      ['un', runUn(DEFAULTS.un)],
      ['ofac', runOfac(DEFAULTS.ofac, DEFAULTS.alt)],
      ['geonames', runGeonames(DEFAULTS.geonames, DEFAULTS.admin1)],
    ];
    for (const [name, r] of results) process.stdout.write(summary(name, r, writeImport(out(name), r.entries, r.report)));
    const curated = existsSync(DEFAULTS.countries) ? ((parseYaml(readFileSync(DEFAULTS.countries, 'utf8')) as ImportedEntry[] | null) ?? []) : [];
    const overlaps = summariseOverlaps([...results.flatMap(([, r]) => r.entries), ...curated]);
    const path = `${DEFAULTS.outDir}/overlaps.report.json`;
    const body = {
      note: 'Name overlaps between imported records (and gazetteers/curated/countries.yml). Merging is the loader\'s job: sameEntity lists candidate same_as pairs (same type, shared name under an approximate match key), collisions lists keys used by entries of different types or by several entries of one source.',
      counts: { sameEntity: overlaps.sameEntity.length, collisions: overlaps.collisions.length },
      ...overlaps,
    };
    writeFileAtomic(path, JSON.stringify(body, null, 2) + '\n');
    process.stdout.write(`overlaps: ${overlaps.sameEntity.length} same-entity candidate pairs, ${overlaps.collisions.length} name collisions -> ${path}\n`);
  }
  return 0;
}
