import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runBench } from '../../bench/lib/bench.ts';
import { SECTION_NAMES } from '../../bench/lib/sections/index.ts';
import { formatReport } from '../../bench/lib/report/table.ts';
import { summariseProfile, type CpuProfile } from '../../bench/lib/profile/summarise-profile.ts';
import { decodeMappings } from '../../bench/lib/profile/source-lines.ts';
import { TINY_GAZETTEER } from '../helpers.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'tz-bench-report-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const isFigure = (t: unknown): boolean => {
  const x = t as { mbPerSec: number; docsPerSec: number; seconds: number; runs: number[] };
  return Number.isFinite(x.mbPerSec) && x.mbPerSec > 0 && Number.isFinite(x.docsPerSec) && x.seconds > 0 && x.runs.length === 1;
};

describe('bench report', () => {
  it('has every figure, the machine, the date and the commit (tiny run, in process)', async () => {
    const outFile = join(tmp, 'bench.json');
    const report = await runBench({ root, mb: 0.03, reps: 1, peersMb: 0.01, sections: [...SECTION_NAMES], isolate: false, world: false, gazetteer: [TINY_GAZETTEER], profile: false, profileMb: 0.03, outFile, dataDir: join(tmp, 'data'), log: () => {} });
    const json = JSON.parse(readFileSync(outFile, 'utf8')) as typeof report;
    expect(json.bench).toBe(1);
    expect(Date.parse(json.date)).not.toBeNaN();
    expect(json.code.commit).toMatch(/^[0-9a-f]{40}$|^unknown$/);
    expect(json.machine.cpus).toBeGreaterThan(0);
    expect(json.machine.memoryGb).toBeGreaterThan(0);
    expect(json.machine.node).toBe(process.version);
    expect(json.load.start).toHaveLength(3);
    expect(json.load.end).toHaveLength(3);
    for (const name of SECTION_NAMES) expect(json.sections[name], name).not.toHaveProperty('error');
    const s = json.sections as unknown as Record<string, Record<string, unknown>>;
    expect(s.gazetteer!.entities).toBeGreaterThan(0);
    expect(s.gazetteer!.names).toBeGreaterThan(0);
    expect(s.gazetteer!.totalSec).toBeGreaterThan(0);
    expect((s.gazetteer!.runs as number[]).length).toBe(2);
    expect(s.gazetteer!.rssAfterCompileMb).toBeGreaterThan(0);
    for (const st of ['normalise', 'sentences', 'mentions', 'mentionsNoNer', 'relations']) expect(isFigure(s.stages![st]), st).toBe(true);
    for (const e of ['e2e-w1', 'e2e-w2', 'e2e-nocache']) {
      expect(isFigure(s[e]), e).toBe(true);
      expect((s[e]!.memory as Array<{ fraction: number }>).map((m) => m.fraction)).toEqual([0.1, 0.5, 1]);
      expect(s[e]!.maxRssMb).toBeGreaterThan(0);
    }
    expect(isFigure(s.ceiling)).toBe(true);
    for (const p of ['tanzeem', 'wink', 'compromise']) expect(isFigure(s.peers![p]), p).toBe(true);
    expect((s.peers!.wink as { ratio: number }).ratio).toBeGreaterThan(0);
    expect((s.peers!.compromise as { ratio: number }).ratio).toBeGreaterThan(0);
    expect(json.speedup2).toBeGreaterThan(0);
    expect(json.goals.map((g) => g.name)).toEqual(['end to end per core', 'end to end vs ceiling', 'gazetteer load + compile', 'peak RSS, full gazetteer', 'speed-up on 2 workers']);
    for (const g of json.goals) expect(typeof g.ok).toBe('boolean');
    const table = formatReport(json);
    expect(table).toContain('load average');
    expect(table).toMatch(/[✓✗] end to end per core/);
  });

  it('summarises a cpu profile into self and inclusive shares', () => {
    const prof: CpuProfile = {
      nodes: [
        { id: 1, callFrame: { functionName: '(root)', url: '', lineNumber: -1, columnNumber: -1 }, children: [2] },
        { id: 2, callFrame: { functionName: 'outer', url: `file://${root}src/a.ts`, lineNumber: 0, columnNumber: 5 }, children: [3] },
        { id: 3, callFrame: { functionName: 'inner', url: `file://${root}src/b/c.ts`, lineNumber: 0, columnNumber: 9 } },
      ],
      samples: [2, 3, 3, 3],
      timeDeltas: [0, 1000, 1000, 1000],
      startTime: 0,
      endTime: 4000,
    };
    const sum = summariseProfile(prof, root);
    expect(sum.topSelf[0]).toMatchObject({ fn: 'inner', file: 'src/b/c.ts', selfPct: 75 });
    expect(sum.topInclusive[0]).toMatchObject({ fn: 'outer', totalPct: 100, selfPct: 25 });
    expect(sum.byArea.map((a) => a.area)).toEqual(['src/b', 'src']);
  });

  it('decodes source-map mappings to original lines', () => {
    // "AAAA,CAAC;AACA": line 0 col 0 → src line 0, col 1 → line 0; line 1 col 0 → line 1
    expect(decodeMappings('AAAA,CAAC;AACA')).toEqual([[[0, 0], [1, 0]], [[0, 1]]]);
  });
});
