import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runPipeline, type RunOptions } from '../../src/runner/run-pipeline.ts';
import { mergeRelations } from '../../src/stages/relations/merge-relations.ts';
import type { RelationRecord } from '../../src/types/records.ts';
import { TINY_GAZETTEER } from '../helpers.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const NAMES = ['Lashkar-e-Jhangvi', 'LeJ', 'Islamic State', 'ISIS', 'al-Qaeda', 'TTP', 'Quetta', 'Pakistan', 'Khalid Khurasani', 'Asad al Khorasani', 'Lashkar-e-Jhangvi al-Alami', 'Basra'];

/** A corpus of n small documents mixing gazetteer names, with a fixed pseudo-random sequence. */
function makeCorpus(n: number): { dir: string; docs: Array<{ doc_id: string; text: string }> } {
  const dir = mkdtempSync(join(tmpdir(), 'tz-shard-'));
  let x = 12345;
  const rnd = (k: number): number => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x % k;
  };
  const docs = [];
  for (let i = 0; i < n; i++) {
    const lines = [];
    for (let s = 0; s < 4; s++) lines.push(`${NAMES[rnd(NAMES.length)]} and ${NAMES[rnd(NAMES.length)]} met ${NAMES[rnd(NAMES.length)]} near the border.`);
    const doc_id = `d${String(i).padStart(3, '0')}`;
    const text = `Report ${i}\n\n${lines.join(' ')}\n`;
    writeFileSync(join(dir, `${doc_id}.txt`), text);
    docs.push({ doc_id, text });
  }
  return { dir, docs };
}

const base = (corpus: string, out: string): RunOptions => ({ corpus, out, gazetteer: [TINY_GAZETTEER], from: 0, to: 3, window: 'sentence', maxDocBytes: 1e7, fuzzy: true, variants: true, learn: true, ner: false });

describe('scale-out: shards run apart and merged equal one run', () => {
  const { dir, docs } = makeCorpus(90);

  it('relations of 3 shards merged are byte-identical to one run, in any merge order', async () => {
    const whole = mkdtempSync(join(tmpdir(), 'tz-out-'));
    await runPipeline(base(dir, whole));
    const expected = readFileSync(join(whole, 'relations.jsonl'), 'utf8');
    const parts: RelationRecord[][] = [];
    for (let k = 0; k < 3; k++) {
      const shard = mkdtempSync(join(tmpdir(), 'tz-shard-'));
      for (const d of docs.filter((_, i) => i % 3 === k)) writeFileSync(join(shard, `${d.doc_id}.txt`), d.text);
      const out = mkdtempSync(join(tmpdir(), 'tz-out-'));
      await runPipeline(base(shard, out));
      parts.push(readFileSync(join(out, 'relations.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as RelationRecord));
    }
    const line = (rs: RelationRecord[]): string => rs.map((r) => JSON.stringify(r) + '\n').join('');
    expect(line(mergeRelations(parts))).toBe(expected);
    expect(line(mergeRelations([parts[2]!, parts[0]!, parts[1]!]))).toBe(expected);
    expect(line(mergeRelations([mergeRelations([parts[0]!, parts[1]!]), parts[2]!]))).toBe(expected);
  });

  it('--stdin shards piped through the CLI and the merge command give the same relations', async () => {
    const whole = mkdtempSync(join(tmpdir(), 'tz-out-'));
    await runPipeline(base(dir, whole));
    const tmp = mkdtempSync(join(tmpdir(), 'tz-pipe-'));
    const partials: string[] = [];
    for (let k = 0; k < 2; k++) {
      const input = docs.filter((_, i) => i % 2 === k).map((d) => JSON.stringify(d)).join('\n') + '\n';
      const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'pipeline', '--stdin', '--gazetteer', TINY_GAZETTEER, '--no-ner'], { cwd: ROOT, input, encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      const lines = r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { record: string });
      expect(new Set(lines.map((l) => l.record))).toEqual(new Set(['documents', 'sentences', 'mentions', 'relations']));
      const p = join(tmp, `part${k}.jsonl`);
      writeFileSync(p, r.stdout);
      partials.push(p);
    }
    const merged = join(tmp, 'relations.jsonl');
    const m = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'merge', '--out', merged, ...partials], { cwd: ROOT, encoding: 'utf8' });
    expect(m.status, m.stderr).toBe(0);
    expect(readFileSync(merged, 'utf8')).toBe(readFileSync(join(whole, 'relations.jsonl'), 'utf8'));
  });

  it('--stdin reports a bad input line by number and goes on', () => {
    const input = '{"doc_id":"a","text":"Quetta and Pakistan."}\nnot json\n{"doc_id":"b"}\n';
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'pipeline', '--stdin', '--gazetteer', TINY_GAZETTEER, '--no-ner', '--emit', 'mentions'], { cwd: ROOT, input, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('<stdin>:2: [JSONL_PARSE]');
    expect(r.stderr).toContain('<stdin>:3: [JSONL_RECORD]');
    expect(r.stdout.split('\n').filter(Boolean).length).toBe(2);
  });

  it('two worker threads give byte-identical files to one', async () => {
    const one = mkdtempSync(join(tmpdir(), 'tz-out-'));
    const two = mkdtempSync(join(tmpdir(), 'tz-out-'));
    await runPipeline({ ...base(dir, one), workers: 1, cache: false });
    await runPipeline({ ...base(dir, two), workers: 2, cache: false });
    for (const f of ['documents.jsonl', 'sentences.jsonl', 'mentions.jsonl', 'relations.jsonl']) {
      expect(readFileSync(join(two, f)).equals(readFileSync(join(one, f))), f).toBe(true);
    }
  });

  it('a rerun reuses unchanged documents and reprocesses a changed one', async () => {
    const corpus = mkdtempSync(join(tmpdir(), 'tz-inc-'));
    mkdirSync(corpus, { recursive: true });
    for (const d of docs.slice(0, 5)) writeFileSync(join(corpus, `${d.doc_id}.txt`), d.text);
    const out = mkdtempSync(join(tmpdir(), 'tz-out-'));
    const first = await runPipeline(base(corpus, out));
    expect(first.summary.documents.reused).toBe(0);
    const before = readFileSync(join(out, 'mentions.jsonl'), 'utf8');
    const again = await runPipeline(base(corpus, out));
    expect(again.summary.documents.reused).toBe(5);
    expect(readFileSync(join(out, 'mentions.jsonl'), 'utf8')).toBe(before);
    writeFileSync(join(corpus, 'd000.txt'), 'Quetta and Basra.\n');
    const third = await runPipeline(base(corpus, out));
    expect(third.summary.documents.reused).toBe(4);
    expect(readFileSync(join(out, 'mentions.jsonl'), 'utf8')).toContain('"doc_id":"d000","sentence":0,"start":0,"end":6,"text":"Quetta"');
  });
});
