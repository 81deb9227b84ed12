/**
 * `npm run merge -- [--out FILE] PARTIAL...`: the reducer for sharded runs. Reads relation records
 * from relations.jsonl files or `--stdin` outputs (lines with "record": "relations"; other records
 * are skipped), merges them (associative and commutative) and writes one relations.jsonl, byte-
 * identical to what a single run over all shards writes. No PARTIAL, or "-", reads stdin.
 */
import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import { mergeRelations } from '../stages/relations/merge-relations.ts';
import { parseJsonl, toJsonLine } from '../runner/jsonl.ts';
import { writeFileAtomic } from '../runner/atomic-write.ts';
import type { RelationRecord } from '../types/records.ts';

export async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, options: { out: { type: 'string' } }, allowPositionals: true });
  const files = positionals.length > 0 ? positionals : ['-'];
  const parts: RelationRecord[][] = files.map((f) => {
    const text = f === '-' ? readFileSync(0, 'utf8') : readFileSync(f, 'utf8');
    return parseJsonl<RelationRecord & { record?: string }>(text, f === '-' ? '<stdin>' : f)
      .filter((r) => r.record === undefined || r.record === 'relations')
      .map(({ record: _r, ...rest }) => rest as RelationRecord);
  });
  const merged = mergeRelations(parts).map(toJsonLine).join('');
  if (values.out) writeFileAtomic(values.out, merged);
  else process.stdout.write(merged);
  process.stderr.write(`merge: ${files.length} partial(s) → ${merged === '' ? 0 : merged.trimEnd().split('\n').length} relations${values.out ? ` in ${values.out}` : ''}\n`);
  return 0;
}
