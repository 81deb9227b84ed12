/**
 * Child-process entry: run one section and write its result as JSON. Each section runs in its
 * own process so that its peak RSS (maxRSS) and JIT state are its own.
 * argv: <config.json> <section> <result.json>
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { BenchConfig } from './config.ts';
import { SECTIONS, isSectionName } from './sections/index.ts';

const [cfgPath, name, resultPath] = process.argv.slice(2);
if (!cfgPath || !name || !resultPath || !isSectionName(name)) {
  process.stderr.write('usage: child.ts <config.json> <section> <result.json>\n');
  process.exit(2);
}
const cfg = JSON.parse(readFileSync(cfgPath, 'utf8')) as BenchConfig;
const result = await SECTIONS[name](cfg);
writeFileSync(resultPath, JSON.stringify(result));
process.exit(0);
