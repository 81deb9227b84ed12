/**
 * Read gazetteer files (YAML lists and JSONL) into raw entries with their file and line.
 * Only the runner and commands call this; compile and lint are pure.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LineCounter, parseDocument, isSeq } from 'yaml';
import type { Diagnostic } from '../types/diagnostic.ts';

/** Limits that keep hostile YAML (alias bombs, huge files) from exhausting memory. */
export const YAML_LIMITS = { maxAliasCount: 100, maxBytes: 64 * 1024 * 1024 };

export interface RawEntry {
  value: unknown;
  file: string;
  line: number;
}

/** All *.yml, *.yaml and *.jsonl files under `dir`, sorted, recursively (dot-files skipped). */
export function listGazetteerFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      if (name.startsWith('.')) continue;
      const p = join(d, name);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else if (/\.(ya?ml|jsonl)$/.test(name)) out.push(p);
    }
  };
  walk(dir);
  return out;
}

/**
 * Parse one gazetteer file.
 * @returns entries with line numbers, and diagnostics for what did not parse
 */
export function readGazetteerFile(path: string, root = process.cwd()): { entries: RawEntry[]; diagnostics: Diagnostic[] } {
  const file = relative(root, path) || path;
  const diagnostics: Diagnostic[] = [];
  const entries: RawEntry[] = [];
  const size = statSync(path).size;
  if (size > YAML_LIMITS.maxBytes) {
    diagnostics.push({ code: 'GAZETTEER_LIMIT', severity: 'fatal', stage: 'gazetteer', file, message: `file is ${size} bytes, above the ${YAML_LIMITS.maxBytes}-byte limit`, fix: 'split it into several files' });
    return { entries, diagnostics };
  }
  const text = readFileSync(path, 'utf8');
  if (path.endsWith('.jsonl')) {
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i]!.trim();
      if (l === '') continue;
      try {
        entries.push({ value: JSON.parse(l), file, line: i + 1 });
      } catch (err) {
        diagnostics.push({ code: 'JSONL_PARSE', severity: 'fatal', stage: 'gazetteer', file, line: i + 1, message: `line does not parse as JSON: ${(err as Error).message}`, fix: 'repair the line or regenerate the file with npm run gazetteer:import' });
      }
    }
    return { entries, diagnostics };
  }
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  for (const e of doc.errors) {
    diagnostics.push({ code: 'GAZETTEER_YAML', severity: 'fatal', stage: 'gazetteer', file, line: lc.linePos(e.pos[0]).line, message: e.message.split('\n')[0]!, fix: 'fix the YAML syntax at this line' });
  }
  if (doc.errors.length > 0) return { entries, diagnostics };
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: YAML_LIMITS.maxAliasCount });
  } catch (err) {
    diagnostics.push({ code: 'GAZETTEER_LIMIT', severity: 'fatal', stage: 'gazetteer', file, message: `YAML rejected: ${(err as Error).message}`, fix: `do not use more than ${YAML_LIMITS.maxAliasCount} YAML aliases (*ref); write entries out` });
    return { entries, diagnostics };
  }
  if (value === null || value === undefined) return { entries, diagnostics };
  if (!Array.isArray(value) || !isSeq(doc.contents)) {
    diagnostics.push({ code: 'GAZETTEER_SCHEMA', severity: 'fatal', stage: 'gazetteer', file, line: 1, message: 'a gazetteer YAML file must be a list of entries', fix: 'start each entry with "- id: ..."' });
    return { entries, diagnostics };
  }
  doc.contents.items.forEach((node, k) => {
    const pos = (node as { range?: [number, number, number] }).range?.[0] ?? 0;
    entries.push({ value: value[k], file, line: lc.linePos(pos).line });
  });
  return { entries, diagnostics };
}
