import { describe, expect, it } from 'vitest';
import { formatComparison, formatTable } from '../../src/eval/format-table.ts';
import { scoreRun } from '../../src/eval/score.ts';
import { loadFixture } from './fixture.ts';

describe('tables', () => {
  const report = scoreRun(loadFixture());

  it('prints one row per metric with P, R, F1 and counts', () => {
    const lines = formatTable(report).split('\n');
    expect(lines[0]).toBe('gold documents scored: 2');
    expect(lines[1]).toMatch(/^metric\s+P\s+R\s+F1\s+TP\s+pred\s+gold$/);
    expect(lines.find((l) => l.startsWith('mentions strict'))).toMatch(/0\.6000\s+0\.5000\s+0\.5455\s+3\s+5\s+6$/);
    expect(lines.find((l) => l.startsWith('linking B-cubed'))).toMatch(/1\.0000\s+0\.6667\s+0\.8000\s+-\s+-\s+-$/);
  });

  it('puts systems side by side', () => {
    const empty = scoreRun({ ...loadFixture(), mentions: [], sentences: [] });
    const text = formatComparison([
      { name: 'tanzeem', report },
      { name: 'baseline-empty', report: empty },
    ]);
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^metric \(F1\)\s+tanzeem\s+baseline-empty$/);
    expect(lines.find((l) => l.startsWith('mentions lenient'))).toMatch(/0\.7273\s+0\.0000$/);
    expect(formatComparison([{ name: 'x', report }], 'p').split('\n').find((l) => l.startsWith('mentions strict'))).toMatch(/0\.6000$/);
  });
});
