import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/commands/eval.ts';
import { scoreRun } from '../../src/eval/score.ts';
import { FIXTURE, loadFixture } from './fixture.ts';

const root = mkdtempSync(join(tmpdir(), 'tanzeem-eval-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());
let stdout = '';
let stderr = '';
beforeEach(() => {
  stdout = stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((stdout += String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((stderr += String(s)), true));
});

function copy(name: string): string {
  const dir = join(root, name);
  cpSync(FIXTURE, dir, { recursive: true });
  renameSync(join(dir, 'pred'), join(dir, 'out'));
  return dir;
}

describe('npm run eval', () => {
  it('writes eval.json (same as scoreRun), eval-errors.jsonl and eval-errors.md, and prints a table', async () => {
    const dir = copy('ok');
    const code = await main(['--gold', join(dir, 'gold'), '--out', join(dir, 'out'), '--corpus', join(dir, 'corpus')]);
    vi.restoreAllMocks();
    expect(code).toBe(0);
    const written = JSON.parse(readFileSync(join(dir, 'out', 'eval.json'), 'utf8'));
    expect(written).toEqual(JSON.parse(JSON.stringify(scoreRun(loadFixture()))));
    expect(readFileSync(join(dir, 'out', 'eval-errors.jsonl'), 'utf8').trim().split('\n')).toHaveLength(8);
    expect(readFileSync(join(dir, 'out', 'eval-errors.md'), 'utf8')).toContain('## Boundary errors (1)');
    expect(stdout).toMatch(/mentions strict\s+0\.6000\s+0\.5000\s+0\.5455/);
    expect(stderr).toContain('no predictions at all for gold documents: d2');
  });

  it('names the missing file and the command that writes it', async () => {
    const dir = copy('missing');
    rmSync(join(dir, 'out', 'mentions.jsonl'));
    const run = main(['--gold', join(dir, 'gold'), '--out', join(dir, 'out')]);
    await expect(run).rejects.toThrow(/mentions\.jsonl does not exist.*npm run pipeline -- --corpus corpus --out/s);
    expect(existsSync(join(dir, 'out', 'eval.json'))).toBe(false);
  });

  it('rebuilds context from predicted sentences when the corpus is absent', async () => {
    const dir = copy('nocorpus');
    rmSync(join(dir, 'corpus'), { recursive: true });
    expect(await main(['--gold', join(dir, 'gold'), '--out', join(dir, 'out'), '--corpus', join(dir, 'corpus')])).toBe(0);
    vi.restoreAllMocks();
    // d1 has predicted sentences; d2 has none, so its missed mention has no context
    const md = readFileSync(join(dir, 'out', 'eval-errors.md'), 'utf8');
    expect(md).toContain('LeJ in ⟦Quetta⟧.');
    expect(md).toContain('LOC "Quetta" 9–15 (canonical Quetta) (no text available)');
  });

  it('scores baselines side by side from sibling out-<name> folders', async () => {
    const dir = copy('baselines');
    mkdirSync(join(dir, 'out-empty'));
    cpSync(join(dir, 'out', 'sentences.jsonl'), join(dir, 'out-empty', 'sentences.jsonl'));
    cpSync(join(dir, 'out', 'sentences.jsonl'), join(dir, 'out-empty', 'mentions.jsonl'), {});
    // a mentions.jsonl of sentence records lacks mention fields → a clear record error
    await expect(main(['--gold', join(dir, 'gold'), '--out', join(dir, 'out'), '--baselines'])).rejects.toThrow(/out-empty\/mentions\.jsonl.*sentence \(integer\)/s);
    cpSync(join(dir, 'out', 'mentions.jsonl'), join(dir, 'out-empty', 'mentions.jsonl'));
    expect(await main(['--gold', join(dir, 'gold'), '--out', join(dir, 'out'), '--baselines'])).toBe(0);
    vi.restoreAllMocks();
    expect(stdout).toMatch(/metric \(F1\)\s+tanzeem\s+empty/);
    expect(JSON.parse(readFileSync(join(dir, 'out', 'eval-comparison.json'), 'utf8')).map((r: { name: string }) => r.name)).toEqual(['tanzeem', 'empty']);
    expect(existsSync(join(dir, 'out-empty', 'eval.json'))).toBe(true);
  });

  it('refuses an empty gold folder and unknown options', async () => {
    const dir = copy('nogold');
    rmSync(join(dir, 'gold'), { recursive: true });
    mkdirSync(join(dir, 'gold'));
    expect(await main(['--gold', join(dir, 'gold'), '--out', join(dir, 'out')])).toBe(2);
    expect(await main(['--bogus'])).toBe(2);
    vi.restoreAllMocks();
    expect(stderr).toContain('no gold files (*.json)');
    expect(stderr).toContain("Unknown option '--bogus'");
  });
});
