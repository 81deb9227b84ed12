/**
 * Run a section in a child process (node --expose-gc --import tsx bench/lib/child.ts) and read
 * back its JSON result. Extra node flags (e.g. --cpu-prof) go before the script.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchConfig } from './config.ts';
import type { SectionName, SectionResult } from './sections/index.ts';

export async function runInChild<N extends SectionName>(name: N, cfg: BenchConfig, nodeFlags: string[] = []): Promise<SectionResult<N>> {
  const dir = mkdtempSync(join(cfg.tmpDir, 'child-'));
  const cfgPath = join(dir, 'config.json');
  const resultPath = join(dir, 'result.json');
  writeFileSync(cfgPath, JSON.stringify(cfg));
  const script = join(cfg.root, 'bench', 'lib', 'child.ts');
  try {
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(process.execPath, ['--expose-gc', ...nodeFlags, '--import', 'tsx', script, cfgPath, name, resultPath], { cwd: cfg.root, stdio: ['ignore', 'inherit', 'inherit'] });
      child.on('error', reject);
      child.on('exit', (c) => resolve(c));
    });
    if (code !== 0) throw new Error(`section ${name} exited with code ${code}`);
    return JSON.parse(readFileSync(resultPath, 'utf8')) as SectionResult<N>;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
