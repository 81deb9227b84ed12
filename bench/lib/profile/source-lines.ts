/**
 * Map a profile position back to the TypeScript source line. tsx runs each .ts file through
 * esbuild with whitespace minified (most of a module on one line), so the profile's line numbers
 * say little; this redoes the same transform with a source map and looks the column up.
 * Best effort: null when esbuild is not installed or the file changed since the run.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

type Transform = (src: string, opts: Record<string, unknown>) => { map: string };

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decode source-map mappings into, per generated line, [generatedColumn, originalLine] pairs. */
export function decodeMappings(mappings: string): Array<Array<[number, number]>> {
  const lines: Array<Array<[number, number]>> = [];
  let origLine = 0;
  for (const lineStr of mappings.split(';')) {
    const segs: Array<[number, number]> = [];
    let genCol = 0;
    for (const seg of lineStr.split(',')) {
      if (seg === '') continue;
      const vals: number[] = [];
      let shift = 0;
      let value = 0;
      for (const ch of seg) {
        const d = B64.indexOf(ch);
        value += (d & 31) << shift;
        if (d & 32) shift += 5;
        else {
          vals.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      genCol += vals[0] ?? 0;
      if (vals.length >= 4) {
        origLine += vals[2]!;
        segs.push([genCol, origLine]);
      }
    }
    lines.push(segs);
  }
  return lines;
}

export function createLineResolver(root: string): (file: string, line0: number, col0: number) => number | null {
  let transform: Transform | null = null;
  try {
    transform = (createRequire(join(root, 'package.json'))('esbuild') as { transformSync: Transform }).transformSync;
  } catch {
    transform = null;
  }
  const maps = new Map<string, Array<Array<[number, number]>> | null>();
  return (file, line0, col0) => {
    if (!transform || !file.endsWith('.ts') || file.startsWith('node:') || file.includes('node_modules')) return null;
    if (!maps.has(file)) {
      try {
        const src = readFileSync(join(root, file), 'utf8');
        const { map } = transform(src, { loader: 'ts', target: `node${process.versions.node}`, sourcemap: 'external', minifyWhitespace: true, keepNames: true, format: 'esm', sourcefile: join(root, file) });
        maps.set(file, decodeMappings((JSON.parse(map) as { mappings: string }).mappings));
      } catch {
        maps.set(file, null);
      }
    }
    const segs = maps.get(file)?.[line0];
    if (!segs || segs.length === 0) return null;
    let lo = 0;
    let hi = segs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segs[mid]![0] <= col0) lo = mid;
      else hi = mid - 1;
    }
    return segs[lo]![0] <= col0 ? segs[lo]![1] + 1 : null;
  };
}
