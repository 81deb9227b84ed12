/**
 * Summarise a V8 .cpuprofile (node --cpu-prof): self and inclusive time per function, self time
 * per file and per area (folder), as shares of the sampled time.
 */
export interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] }>;
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface FnTime {
  fn: string;
  file: string;
  /** line in the source file (TypeScript: mapped back through the transform; 0: unknown) */
  line: number;
  selfMs: number;
  selfPct: number;
  totalMs: number;
  totalPct: number;
}

export interface ProfileSummary {
  totalMs: number;
  samples: number;
  topSelf: FnTime[];
  /** functions of the project (src/) by inclusive time */
  topInclusive: FnTime[];
  byFile: Array<{ file: string; selfMs: number; selfPct: number }>;
  byArea: Array<{ area: string; selfMs: number; selfPct: number }>;
}

/** file:///repo/src/x.ts → src/x.ts; node:internal/... stays; '' → the V8 pseudo-frame's name. */
export function shortFile(url: string, root: string): string {
  const u = url.startsWith('file://') ? decodeURIComponent(url.slice(7)) : url;
  const r = root.endsWith('/') ? root : root + '/';
  return u.startsWith(r) ? u.slice(r.length) : u;
}

/** The folder a file is counted under: src/ and node_modules packages by folder, V8 pseudo-frames by name. */
export function areaOf(file: string, fn: string): string {
  if (file === '') return fn.startsWith('(') ? fn : '(native)';
  if (file.startsWith('node:')) return 'node internals';
  const nm = file.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (nm) return `node_modules/${nm[1]}`;
  const parts = file.split('/');
  return parts.slice(0, Math.max(1, parts.length - 1)).join('/');
}

/**
 * @param prof the parsed profile
 * @param root repository root, stripped from file URLs
 * @param top how many functions to list
 * @param lineOf maps (file, 0-based line, 0-based column) of the running code to a source line
 */
export function summariseProfile(prof: CpuProfile, root: string, top = 25, lineOf: (file: string, line0: number, col0: number) => number | null = () => null): ProfileSummary {
  const parent = new Map<number, number>();
  for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const keyOf = new Map<number, string>();
  const info = new Map<string, { fn: string; file: string; line: number; self: number; total: number }>();
  for (const n of prof.nodes) {
    const fn = n.callFrame.functionName || '(anonymous)';
    const file = shortFile(n.callFrame.url, root);
    const key = `${fn}\u0000${file}\u0000${n.callFrame.lineNumber}\u0000${n.callFrame.columnNumber}`;
    keyOf.set(n.id, key);
    if (!info.has(key)) info.set(key, { fn, file, line: file === '' ? 0 : (lineOf(file, n.callFrame.lineNumber, n.callFrame.columnNumber) ?? n.callFrame.lineNumber + 1), self: 0, total: 0 });
  }
  const deltas = prof.timeDeltas;
  let totalUs = 0;
  for (let i = 0; i < prof.samples.length; i++) {
    const us = Math.max(0, deltas[i + 1] ?? deltas[i] ?? 0);
    totalUs += us;
    let id: number | undefined = prof.samples[i]!;
    info.get(keyOf.get(id)!)!.self += us;
    const seen = new Set<string>();
    while (id !== undefined) {
      const k = keyOf.get(id)!;
      if (!seen.has(k)) {
        seen.add(k);
        info.get(k)!.total += us;
      }
      id = parent.get(id);
    }
  }
  const pct = (us: number): number => (totalUs > 0 ? (100 * us) / totalUs : 0);
  const toFn = (x: { fn: string; file: string; line: number; self: number; total: number }): FnTime => ({ fn: x.fn, file: x.file, line: x.line, selfMs: x.self / 1000, selfPct: pct(x.self), totalMs: x.total / 1000, totalPct: pct(x.total) });
  const all = [...info.values()];
  const files = new Map<string, number>();
  const areas = new Map<string, number>();
  for (const x of all) {
    const f = x.file || x.fn;
    files.set(f, (files.get(f) ?? 0) + x.self);
    const a = areaOf(x.file, x.fn);
    areas.set(a, (areas.get(a) ?? 0) + x.self);
  }
  const rank = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).filter(([, us]) => pct(us) >= 0.2);
  return {
    totalMs: totalUs / 1000,
    samples: prof.samples.length,
    topSelf: all.sort((a, b) => b.self - a.self).slice(0, top).map(toFn),
    topInclusive: all.filter((x) => x.file.startsWith('src/')).sort((a, b) => b.total - a.total).slice(0, top).map(toFn),
    byFile: rank(files).slice(0, top).map(([file, us]) => ({ file, selfMs: us / 1000, selfPct: pct(us) })),
    byArea: rank(areas).map(([area, us]) => ({ area, selfMs: us / 1000, selfPct: pct(us) })),
  };
}
