/** The performance goals, checked against a report. null: not measured. */
import { ok, type BenchReport, type Goal } from './types.ts';

const f = (x: number, d = 2): string => x.toFixed(d);

export function checkGoals(r: Omit<BenchReport, 'goals'>): Goal[] {
  const s = r.sections;
  const w1 = ok(s['e2e-w1']);
  const w2 = ok(s['e2e-w2']);
  const nc = ok(s['e2e-nocache']);
  const ceiling = ok(s.ceiling);
  const gaz = ok(s.gazetteer);
  const goals: Goal[] = [];
  goals.push(w1 ? { name: 'end to end per core', target: '≥ 10 MB/s', value: `${f(w1.mbPerSec)} MB/s (workers: 1)`, ok: w1.mbPerSec >= 10 } : { name: 'end to end per core', target: '≥ 10 MB/s', value: 'not measured', ok: null });
  goals.push(w1 && ceiling ? { name: 'end to end vs ceiling', target: '≥ 20%', value: `${f((100 * w1.mbPerSec) / ceiling.mbPerSec, 1)}%`, ok: w1.mbPerSec >= 0.2 * ceiling.mbPerSec } : { name: 'end to end vs ceiling', target: '≥ 20%', value: 'not measured', ok: null });
  goals.push(gaz ? { name: 'gazetteer load + compile', target: '≤ 3 s (or a compiled form loading ≤ 0.5 s)', value: `${f(gaz.totalSec)} s (tanzeem has no compiled form)`, ok: gaz.totalSec <= 3 } : { name: 'gazetteer load + compile', target: '≤ 3 s', value: 'not measured', ok: null });
  const peaks = [w1, w2, nc].filter((x) => x !== null).map((x) => x.maxRssMb);
  goals.push(peaks.length > 0 ? { name: 'peak RSS, full gazetteer', target: '≤ 1500 MB', value: `${f(Math.max(...peaks), 0)} MB (largest end-to-end run)`, ok: Math.max(...peaks) <= 1500 } : { name: 'peak RSS, full gazetteer', target: '≤ 1500 MB', value: 'not measured', ok: null });
  goals.push(r.speedup2 !== null ? { name: 'speed-up on 2 workers', target: '≥ 1.6×', value: `${f(r.speedup2)}×${w2 && w2.effectiveWorkers < 2 ? ' (corpus too small: the runner used 1 worker)' : ''}`, ok: r.speedup2 >= 1.6 } : { name: 'speed-up on 2 workers', target: '≥ 1.6×', value: 'not measured', ok: null });
  return goals;
}
