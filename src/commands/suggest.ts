/**
 * `npm run suggest [-- --out DIR] [--min-count N]`: write a review queue of candidate aliases and
 * new entities seen in a run (OUT/suggestions.jsonl), each with evidence.
 * `npm run suggest -- --accept ID [ID ...]`: add the accepted candidates to gazetteers/curated.
 */
import { parseArgs } from 'node:util';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readJsonl, toJsonLine } from '../runner/jsonl.ts';
import { readRecords } from '../runner/check-records.ts';
import { writeFileAtomic } from '../runner/atomic-write.ts';
import { TanzeemError } from '../types/diagnostic.ts';
import { collectSuggestions, type Suggestion } from '../suggest/collect.ts';
import { acceptSuggestion } from '../suggest/accept.ts';
import { loadGazetteer } from '../gazetteer/load.ts';
import { toMatchKey } from '../text/match-key.ts';
import type { MentionRecord } from '../types/records.ts';

export async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { out: { type: 'string', default: 'out' }, gazetteer: { type: 'string', default: 'gazetteers' }, curated: { type: 'string', default: 'gazetteers/curated' }, 'min-count': { type: 'string', default: '2' }, accept: { type: 'boolean', default: false } },
    allowPositionals: true,
  });
  const queue = join(values.out!, 'suggestions.jsonl');
  if (values.accept) {
    if (!existsSync(queue)) throw new TanzeemError([{ code: 'INPUT_UNREADABLE', severity: 'fatal', stage: 'suggest', file: queue, message: 'no review queue', fix: 'run npm run suggest first' }]);
    const all = new Map(readJsonl<Suggestion>(queue).map((s) => [s.id, s]));
    for (const id of positionals) {
      const s = all.get(id);
      if (!s) throw new TanzeemError([{ code: 'SUGGEST_UNKNOWN', severity: 'fatal', stage: 'suggest', file: queue, message: `no suggestion with id ${id}`, fix: 'copy an id from suggestions.jsonl' }]);
      const r = acceptSuggestion(s, values.curated!);
      process.stdout.write(`${r.file}: ${r.action}\n`);
    }
    process.stdout.write('Run npm run lint:gazetteers, then npm run pipeline, to use them.\n');
    return 0;
  }
  const mpath = join(values.out!, 'mentions.jsonl');
  if (!existsSync(mpath)) throw new TanzeemError([{ code: 'INPUT_UNREADABLE', severity: 'fatal', stage: 'suggest', file: mpath, message: 'mentions.jsonl is missing', fix: 'run npm run pipeline first' }]);
  const { gazetteer } = loadGazetteer([values.gazetteer!]);
  const keys = new Map(gazetteer.entities.map((e) => [e.id, new Set(e.names.map((n) => (n.kind === 'acronym' ? n.text : toMatchKey(n.text))))]));
  const suggestions = collectSuggestions(readRecords<MentionRecord>(mpath, 'mention'), { minCount: Number(values['min-count']), knownKeys: (id) => keys.get(id) ?? new Set() });
  writeFileAtomic(queue, suggestions.map(toJsonLine).join(''));
  const n = (k: string) => suggestions.filter((s) => s.kind === k).length;
  process.stdout.write(`suggest: ${n('alias')} candidate aliases, ${n('entity')} candidate entities → ${queue}\n`);
  for (const s of suggestions.slice(0, 15)) process.stdout.write(`  ${s.id}  ${s.kind.padEnd(6)} ${s.type.padEnd(6)} ${JSON.stringify(s.name)}${s.entity_id ? ` → ${s.canonical}` : ''}  ×${s.count}\n`);
  process.stdout.write('Accept with: npm run suggest -- --accept ID [ID ...]\n');
  void readFileSync;
  return 0;
}
