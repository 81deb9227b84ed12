import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/commands/gazetteer-import.ts';
import { TanzeemError } from '../../../src/types/diagnostic.ts';
import { fixture } from './fixtures.ts';

const quiet = async (argv: string[]): Promise<number> => {
  const out = process.stdout.write;
  const err = process.stderr.write;
  process.stdout.write = (() => true) as typeof process.stdout.write;
  process.stderr.write = (() => true) as typeof process.stderr.write;
  try {
    return await main(argv);
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
  }
};

describe('gazetteer-import command', () => {
  it('writes entries and a report beside them, identical on a second run', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tanzeem-import-'));
    const out = join(dir, 'ofac.jsonl');
    expect(await quiet(['ofac', fixture('sdn-mini.csv'), '--alt', fixture('alt-mini.csv'), '--out', out])).toBe(0);
    const first = readFileSync(out);
    const report = JSON.parse(readFileSync(join(dir, 'ofac.report.json'), 'utf8')) as { counts: { entries: number } };
    expect(report.counts.entries).toBe(3);
    expect(first.toString('utf8').trim().split('\n')).toHaveLength(3);
    expect(await quiet(['ofac', fixture('sdn-mini.csv'), '--alt', fixture('alt-mini.csv'), '--out', out])).toBe(0);
    expect(readFileSync(out).equals(first)).toBe(true);
  });

  it('bench mode gunzips its input and needs --out', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tanzeem-bench-'));
    const out = join(dir, 'bench.jsonl');
    expect(await quiet(['geonames', '--bench', fixture('cities-mini.txt.gz'), '--stoplist', fixture('stoplist-mini.txt'), '--admin1', fixture('admin1-mini.txt'), '--out', out])).toBe(0);
    expect(readFileSync(out, 'utf8').trim().split('\n')).toHaveLength(5);
    expect(await quiet(['geonames', '--bench', fixture('cities-mini.txt.gz')])).toBe(2);
  });

  it('rejects a bad gzip with IMPORT_WRONG_FORMAT naming the file', async () => {
    await expect(quiet(['geonames', '--bench', fixture('broken.txt.gz'), '--out', join(tmpdir(), 'x.jsonl')])).rejects.toThrow(TanzeemError);
    await expect(quiet(['geonames', '--bench', fixture('broken.txt.gz'), '--out', join(tmpdir(), 'x.jsonl')])).rejects.toThrow(/broken\.txt\.gz: \[IMPORT_WRONG_FORMAT\]/);
  });

  it('writes nothing when the input has the wrong format', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tanzeem-wrong-'));
    const out = join(dir, 'un.jsonl');
    await expect(quiet(['un', fixture('sdn-mini.csv'), '--out', out])).rejects.toThrow(/sdn-mini\.csv:1: \[IMPORT_WRONG_FORMAT\]/);
    expect(existsSync(out)).toBe(false);
  });

  it('returns 2 for usage errors', async () => {
    expect(await quiet([])).toBe(2);
    expect(await quiet(['wikipedia'])).toBe(2);
    expect(await quiet(['un', '--no-such-flag'])).toBe(2);
    expect(await quiet(['all', '--out', 'x.jsonl'])).toBe(2);
  });
});
