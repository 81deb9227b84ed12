import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, symlinkSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runPipeline, type RunOptions } from '../../src/runner/run-pipeline.ts';
import { acquireLock } from '../../src/runner/lock.ts';
import { TanzeemError } from '../../src/types/diagnostic.ts';
import type { DocRecord, MentionRecord, RelationRecord, SentenceRecord } from '../../src/types/records.ts';
import { TINY_GAZETTEER } from '../helpers.ts';

const GOOD_A = 'Lashkar-e-Jhangvi Claims Attack in Quetta\n\nby AFP\n\nLashkar-i-Jhangvi said on Wednesday it worked with the Islamic State. Jhangvi members were arrested in Pakistan… “Yes,” said a spokesman.\r\n';
const GOOD_B = '\uFEFFAl Qa’eda and the TTP met in Quetta. Khalid Khurasani was expelled; Khursani denied it.\nLEAVE A REPLY\n';

function corpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tz-corpus-'));
  writeFileSync(join(dir, 'a.txt'), GOOD_A);
  mkdirSync(join(dir, 'sub dir'));
  writeFileSync(join(dir, 'sub dir', 'b é.txt'), GOOD_B);
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]));
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 in Quetta\n', 'latin1'));
  writeFileSync(join(dir, 'notes.md'), 'not a document');
  return dir;
}

function opts(c: string, out: string, extra: Partial<RunOptions> = {}): RunOptions {
  return { corpus: c, out, gazetteer: [TINY_GAZETTEER], from: 0, to: 3, window: 'sentence', maxDocBytes: 20e6, fuzzy: true, variants: true, learn: true, ner: false, ...extra };
}

const read = <T>(out: string, f: string): T[] => readFileSync(join(out, f), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as T);

describe('runPipeline on a corpus with good and bad documents', () => {
  const c = corpus();
  const out = mkdtempSync(join(tmpdir(), 'tz-out-'));
  const run = runPipeline(opts(c, out));

  it('skips bad documents with a diagnostic naming the file, processes the rest, exits 1', async () => {
    const { summary, exitCode } = await run;
    expect(exitCode).toBe(1);
    expect(summary.documents).toEqual({ found: 5, processed: 2, skipped: 3, reused: 0 });
    const diags = read<{ code: string; file: string; fix: string }>(out, 'diagnostics.jsonl');
    const byCode = Object.fromEntries(diags.map((d) => [d.code, d]));
    expect(byCode.INPUT_EMPTY!.file).toContain('empty.txt');
    expect(byCode.INPUT_BINARY!.file).toContain('binary.txt');
    expect(byCode.INPUT_NOT_UTF8!.file).toContain('latin1.txt');
    expect(byCode.INPUT_NOT_UTF8!.fix).toContain('iconv');
  });

  it('doc_id is the relative path without extension, with / separators, non-ASCII and spaces kept', async () => {
    await run;
    expect(read<DocRecord>(out, 'documents.jsonl').map((d) => d.doc_id)).toEqual(['a', 'sub dir/b é']);
  });

  it('every record slices the original text: original.slice(start, end) === text', async () => {
    await run;
    const originals: Record<string, string> = { a: GOOD_A, 'sub dir/b é': GOOD_B };
    for (const s of read<SentenceRecord>(out, 'sentences.jsonl')) expect(originals[s.doc_id]!.slice(s.start, s.end)).toBe(s.text);
    const ms = read<MentionRecord>(out, 'mentions.jsonl');
    expect(ms.length).toBeGreaterThan(5);
    for (const m of ms) expect(originals[m.doc_id]!.slice(m.start, m.end)).toBe(m.text);
  });

  it('mentions lie inside their sentence; the cruft line yields none', async () => {
    await run;
    const sents = read<SentenceRecord>(out, 'sentences.jsonl');
    for (const m of read<MentionRecord>(out, 'mentions.jsonl')) {
      const s = sents.find((x) => x.doc_id === m.doc_id && x.index === m.sentence)!;
      expect(s.start <= m.start && m.end <= s.end).toBe(true);
      expect(s.cruft).toBeUndefined();
    }
    expect(sents.some((s) => s.cruft && s.text === 'LEAVE A REPLY')).toBe(true);
  });

  it('relations are exactly the pairs the mentions imply, with counts and evidence', async () => {
    await run;
    const ms = read<MentionRecord>(out, 'mentions.jsonl');
    const expected = new Map<string, Set<string>>();
    const bySentence = new Map<string, Set<string>>();
    for (const m of ms) {
      if (m.ambiguous) continue;
      const k = `${m.doc_id}#${m.sentence}`;
      if (!bySentence.has(k)) bySentence.set(k, new Set());
      bySentence.get(k)!.add(m.entity_id);
    }
    for (const [k, ids] of bySentence) {
      const sorted = [...ids].sort();
      for (let i = 0; i < sorted.length; i++) for (let j = i + 1; j < sorted.length; j++) {
        const key = `${sorted[i]}|${sorted[j]}`;
        if (!expected.has(key)) expected.set(key, new Set());
        expected.get(key)!.add(k);
      }
    }
    const rels = read<RelationRecord>(out, 'relations.jsonl');
    expect(rels.map((r) => `${r.source}|${r.target}`).sort()).toEqual([...expected.keys()].sort());
    for (const r of rels) {
      expect(r.source < r.target).toBe(true);
      expect(r.sentences).toBe(expected.get(`${r.source}|${r.target}`)!.size);
      expect(r.evidence.length).toBe(r.sentences);
      expect(r.documents).toBe(new Set(r.evidence.map((e) => e.doc_id)).size);
    }
  });

  it('two runs on the same input give byte-identical files', async () => {
    await run;
    const out2 = mkdtempSync(join(tmpdir(), 'tz-out-'));
    await runPipeline(opts(c, out2));
    for (const f of ['documents.jsonl', 'sentences.jsonl', 'mentions.jsonl', 'relations.jsonl', 'diagnostics.jsonl', 'summary.json']) {
      expect(readFileSync(join(out2, f)).equals(readFileSync(join(out, f))), f).toBe(true);
    }
  });

  it('--from mentions and --from relations rerun a slice and give the same files', async () => {
    await run;
    const out2 = mkdtempSync(join(tmpdir(), 'tz-out-'));
    await runPipeline(opts(c, out2, { to: 1 }));
    expect(existsSync(join(out2, 'mentions.jsonl'))).toBe(false);
    await runPipeline(opts(c, out2, { from: 2 }));
    expect(readFileSync(join(out2, 'mentions.jsonl'), 'utf8')).toBe(readFileSync(join(out, 'mentions.jsonl'), 'utf8'));
    expect(readFileSync(join(out2, 'relations.jsonl'), 'utf8')).toBe(readFileSync(join(out, 'relations.jsonl'), 'utf8'));
    await runPipeline(opts(c, out2, { from: 3 }));
    expect(readFileSync(join(out2, 'relations.jsonl'), 'utf8')).toBe(readFileSync(join(out, 'relations.jsonl'), 'utf8'));
  });
});

describe('runner safety', () => {
  it('a second run into a locked out folder refuses with OUT_LOCKED', async () => {
    const c = corpus();
    const out = mkdtempSync(join(tmpdir(), 'tz-out-'));
    writeFileSync(join(out, '.tanzeem.lock'), String(process.ppid));
    await expect(runPipeline(opts(c, out))).rejects.toThrow(/OUT_LOCKED/);
  });
  it('a stale lock of a dead process is taken over', () => {
    const out = mkdtempSync(join(tmpdir(), 'tz-out-'));
    writeFileSync(join(out, '.tanzeem.lock'), '999999999');
    const release = acquireLock(out);
    release();
    expect(existsSync(join(out, '.tanzeem.lock'))).toBe(false);
  });
  it('a bad gazetteer stops the run before any output is written', async () => {
    const c = corpus();
    const out = mkdtempSync(join(tmpdir(), 'tz-out-'));
    const g = mkdtempSync(join(tmpdir(), 'tz-gaz-'));
    writeFileSync(join(g, 'x.yml'), '- id: bad id\n  type: ORG\n  canonical: X\n');
    await expect(runPipeline({ ...opts(c, out), gazetteer: [g] })).rejects.toBeInstanceOf(TanzeemError);
    expect(existsSync(join(out, 'mentions.jsonl'))).toBe(false);
  });
  it('a symbolic link out of the corpus is reported, not followed', async () => {
    const c = corpus();
    const outside = mkdtempSync(join(tmpdir(), 'tz-outside-'));
    writeFileSync(join(outside, 'secret.txt'), 'Quetta');
    symlinkSync(join(outside, 'secret.txt'), join(c, 'link.txt'));
    const out = mkdtempSync(join(tmpdir(), 'tz-out-'));
    await runPipeline(opts(c, out));
    expect(readFileSync(join(out, 'diagnostics.jsonl'), 'utf8')).toContain('INPUT_SYMLINK_OUTSIDE');
    expect(readFileSync(join(out, 'documents.jsonl'), 'utf8')).not.toContain('"link"');
  });
  it('a document over the size limit is skipped naming the limit and the flag', async () => {
    const c = corpus();
    const out = mkdtempSync(join(tmpdir(), 'tz-out-'));
    await runPipeline(opts(c, out, { maxDocBytes: 100 }));
    const d = read<{ code: string; message: string; fix: string }>(out, 'diagnostics.jsonl').find((x) => x.code === 'INPUT_TOO_LARGE')!;
    expect(d.fix).toContain('--max-doc-mb');
  });
});
