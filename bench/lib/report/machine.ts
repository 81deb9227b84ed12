/** The machine and code a benchmark ran on. */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';

export interface MachineInfo {
  cpus: number;
  cpuModel: string;
  memoryGb: number;
  node: string;
  platform: string;
}

export interface CodeInfo {
  commit: string;
  /** files under src/ or gazetteers/ differ from the commit (others were editing while the bench ran) */
  dirty: boolean;
}

export function machineInfo(): MachineInfo {
  const c = cpus();
  return { cpus: c.length, cpuModel: c[0]?.model.trim() ?? 'unknown', memoryGb: totalmem() / 2 ** 30, node: process.version, platform: `${process.platform}-${process.arch}` };
}

export function codeInfo(root: string): CodeInfo {
  const git = (...args: string[]): string => execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  try {
    return { commit: git('rev-parse', 'HEAD'), dirty: git('status', '--porcelain', '--', 'src', 'gazetteers') !== '' };
  } catch {
    return { commit: 'unknown', dirty: false };
  }
}

export const loadAverage = (): [number, number, number] => loadavg() as [number, number, number];
