/**
 * Load a gazetteer folder: read every file, check each record against the schema, run the lint
 * rules, merge records of one entity. Fatal diagnostics throw a TanzeemError naming file, line
 * and fix, before any document is read.
 */
import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import * as v from 'valibot';
import { TanzeemError, type Diagnostic } from '../types/diagnostic.ts';
import { EntrySchema, type GazetteerEntry } from './schema.ts';
import { listGazetteerFiles, readGazetteerFile } from './read-files.ts';
import { LINT_RULES, type Located } from './lint-rules.ts';
import { mergeEntries } from './merge-entries.ts';
import type { Gazetteer } from './types.ts';

export interface LoadResult {
  gazetteer: Gazetteer;
  diagnostics: Diagnostic[];
}

/**
 * Validate records already read (pure; used by `loadGazetteer` and by tests).
 * @throws TanzeemError when any diagnostic is fatal
 */
export function buildGazetteer(raw: Array<{ value: unknown; file: string; line: number }>, readDiagnostics: Diagnostic[] = []): LoadResult {
  const diagnostics: Diagnostic[] = [...readDiagnostics];
  const records: Located[] = [];
  for (const r of raw) {
    const res = v.safeParse(EntrySchema, r.value);
    if (res.success) records.push({ entry: res.output, file: r.file, line: r.line });
    else {
      for (const issue of res.issues) {
        const path = issue.path?.map((p) => String(p.key)).join('.') ?? '(entry)';
        diagnostics.push({ code: 'GAZETTEER_SCHEMA', severity: 'fatal', stage: 'gazetteer', file: r.file, line: r.line, message: `${path}: ${issue.message}`, fix: 'see gazetteers/README.md for the entry format' });
      }
    }
  }
  for (const rule of LINT_RULES) rule(records, (d) => diagnostics.push(d));
  if (diagnostics.some((d) => d.severity === 'fatal')) throw new TanzeemError(diagnostics.filter((d) => d.severity === 'fatal'));
  const entries: GazetteerEntry[] = records.map((r) => r.entry);
  const merged = mergeEntries(entries);
  diagnostics.push(...merged.diagnostics);
  const idOf = new Map<string, string>();
  for (const e of merged.entities) for (const m of e.members) idOf.set(m, e.id);
  const hash = createHash('sha256');
  for (const e of [...entries].sort((a, b) => (a.id < b.id ? -1 : 1))) hash.update(JSON.stringify(e));
  return { gazetteer: { entities: merged.entities, idOf, version: hash.digest('hex').slice(0, 16) }, diagnostics };
}

/**
 * Read, validate, lint and merge every gazetteer file under the given folders or files.
 * @param paths folders (searched recursively for *.yml, *.yaml, *.jsonl) or single files
 */
export function loadGazetteer(paths: string[]): LoadResult {
  const raw: Array<{ value: unknown; file: string; line: number }> = [];
  const diagnostics: Diagnostic[] = [];
  for (const p of paths) {
    if (!existsSync(p)) {
      throw new TanzeemError([{ code: 'GAZETTEER_MISSING', severity: 'fatal', stage: 'gazetteer', file: p, message: 'gazetteer path does not exist', fix: 'pass an existing folder with --gazetteer, or run from the project root' }]);
    }
    const files = statSync(p).isDirectory() ? listGazetteerFiles(p) : [p];
    for (const f of files) {
      const r = readGazetteerFile(f);
      for (const e of r.entries) raw.push(e); // no spread: files may hold 100,000s of entries
      for (const d of r.diagnostics) diagnostics.push(d);
    }
  }
  return buildGazetteer(raw, diagnostics);
}
