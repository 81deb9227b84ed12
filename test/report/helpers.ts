/**
 * Shared set-up for the report tests: build the report from a temp copy of the hand-made fixture
 * (test/fixtures/report/out/), so tests never write into the fixture folder.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/commands/report.ts';
import { parseJsonl } from '../../src/runner/jsonl.ts';

/** The fixture out folder (read-only for tests). */
export const FIXTURE_OUT = fileURLToPath(new URL('../fixtures/report/out/', import.meta.url));

/** Copy the fixture (minus `drop`ped files) to a temp folder and run `report --out` on it. */
export async function buildFixtureReport(options: { drop?: string[]; args?: string[] } = {}): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'tanzeem-report-'));
  cpSync(FIXTURE_OUT, dir, { recursive: true });
  for (const f of options.drop ?? []) rmSync(join(dir, f), { force: true });
  const code = await quietly(() => main(['--out', dir, ...(options.args ?? [])]));
  if (code !== 0) throw new Error(`report exited ${code}`);
  return dir;
}

/** Run `fn` with process.stdout / stderr writes swallowed (the command prints a summary line). */
export async function quietly<T>(fn: () => Promise<T>): Promise<T> {
  const out = process.stdout.write.bind(process.stdout);
  const err = process.stderr.write.bind(process.stderr);
  process.stdout.write = (() => true) as typeof process.stdout.write;
  process.stderr.write = (() => true) as typeof process.stderr.write;
  try {
    return await fn();
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
  }
}

/** Parse a JSONL file of the fixture. */
export function readFixture<T>(name: string): T[] {
  return parseJsonl<T>(readFileSync(join(FIXTURE_OUT, name), 'utf8'), name);
}
