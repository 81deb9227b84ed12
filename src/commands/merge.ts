/**
 * `npm run merge -- [--out FILE] PARTIAL...`: the reducer for sharded runs. Reads relation records
 * from relations.jsonl files or `--stdin` outputs (lines with "record": "relations"; other records
 * are skipped), merges them (associative and commutative) and writes one relations.jsonl, byte-
 * identical to what a single run over all shards writes. No PARTIAL, or "-", reads stdin.
 */
import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import { mergeRelations } from '../stages/relations/merge-relations.ts';
import { parseJsonlLines, toJsonLine } from '../runner/jsonl.ts';
import { assertRecords } from '../runner/check-records.ts';
import { TanzeemError } from '../types/diagnostic.ts';
import { writeFileAtomic } from '../runner/atomic-write.ts';
import type { RelationRecord } from '../types/records.ts';

export async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, options: { out: { type: 'string' } }, allowPositionals: true });
  const files = positionals.length > 0 ? positionals : ['-'];
  const parts: RelationRecord[][] = files.map((f) => {
    let text: string;
    try {
      text = f === '-' ? readFileSync(0, 'utf8') : readFileSync(f, 'utf8');
    } catch (err) {
      throw new TanzeemError([{ code: 'INPUT_UNREADABLE', severity: 'fatal', stage: 'merge', file: f, message: (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : `cannot read the file: ${(err as Error).message}`, fix: 'pass relations.jsonl files or --stdin outputs' }]);
    }
    const name = f === '-' ? '<stdin>' : f;
    const { records, lines } = parseJsonlLines<RelationRecord & { record?: string }>(text, name);
    const keep = records.map((r, i) => [r, lines[i]!] as const).filter(([r]) => r === null || typeof r !== 'object' || r.record === undefined || r.record === 'relations');
    const rels = keep.map(([r]) => r);
    assertRecords<RelationRecord & { record?: string }>(rels, 'relation', name, keep.map(([, l]) => l));
    return rels.map(({ record: _r, ...rest }) => rest as RelationRecord);
  });
  const merged = mergeRelations(parts).map(toJsonLine).join('');
  if (values.out) writeFileAtomic(values.out, merged);
  else process.stdout.write(merged);
  process.stderr.write(`merge: ${files.length} partial(s) → ${merged === '' ? 0 : merged.trimEnd().split('\n').length} relations${values.out ? ` in ${values.out}` : ''}\n`);
  return 0;
}
