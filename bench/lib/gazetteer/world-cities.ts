/**
 * The world GeoNames cities for the bench gazetteer: imported once with tanzeem's own importer
 * (gazetteer-import geonames --bench) into bench/data/world-cities.jsonl, then written again
 * without the cities the default gazetteer already lists under the same id (its geonames.jsonl
 * holds PK, AF, IQ and SY), which the loader would reject as duplicate ids.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface WorldCities {
  /** file to add to the gazetteer paths */
  path: string;
  entries: number;
  /** cities left out because the default gazetteer has them */
  duplicates: number;
  imported: boolean;
}

function jsonlFiles(p: string): string[] {
  if (!existsSync(p)) return [];
  if (!statSync(p).isDirectory()) return p.endsWith('.jsonl') ? [p] : [];
  return readdirSync(p).flatMap((n) => jsonlFiles(join(p, n)));
}

const ID_RE = /"id"\s*:\s*"([^"]+)"/;

/**
 * @param root repository root
 * @param dataDir bench/data
 * @param base the default gazetteer paths the cities are added to
 */
export function ensureWorldCities(root: string, dataDir: string, base: string[]): WorldCities {
  const raw = join(dataDir, 'world-cities.jsonl');
  let imported = false;
  if (!existsSync(raw)) {
    execFileSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'gazetteer-import', 'geonames', '--bench', 'data/geonames/cities15000.txt.gz', '--out', raw], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    imported = true;
  }
  const known = new Set<string>();
  for (const f of base.flatMap(jsonlFiles)) {
    for (const line of readFileSync(f, 'utf8').split('\n')) {
      const m = ID_RE.exec(line);
      if (m) known.add(m[1]!);
    }
  }
  const keep: string[] = [];
  let duplicates = 0;
  for (const line of readFileSync(raw, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const id = ID_RE.exec(line)?.[1];
    if (id && known.has(id)) duplicates++;
    else keep.push(line);
  }
  const path = join(dataDir, 'world-cities-extra.jsonl');
  writeFileSync(path, keep.join('\n') + '\n');
  return { path, entries: keep.length, duplicates, imported };
}
