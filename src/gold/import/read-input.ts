/**
 * Read an import's input files (the only file reading of the importers) and parse them.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { docIdOf } from '../doc-id.ts';
import { importDiag, type ParseResult } from './diag.ts';
import { parseBrat } from './parse-brat.ts';
import { parseDoccano } from './parse-doccano.ts';
import { parseLabelStudio } from './parse-labelstudio.ts';
import type { RawDoc } from './types.ts';

/** Supported input formats. */
export type ImportFormat = 'labelstudio' | 'brat' | 'doccano';

/**
 * Read and parse the input.
 * @param format the tool's export format
 * @param input a file (Label Studio JSON, doccano JSONL, one brat .ann) or a folder of brat files
 * @param fields names of the doc_id and text fields (Label Studio, doccano)
 * @returns raw documents and diagnostics
 */
export function readImportInput(format: ImportFormat, input: string, fields: { idField: string; textField: string }): ParseResult<RawDoc> {
  if (!existsSync(input)) return { docs: [], diagnostics: [importDiag('fatal', 'IMPORT_NO_INPUT', input, 'input does not exist', 'pass --in with the exported file (or the brat folder)')] };
  if (format === 'brat') return readBrat(input);
  if (statSync(input).isDirectory()) return { docs: [], diagnostics: [importDiag('fatal', 'IMPORT_WRONG_FORMAT', input, `--in is a folder; ${format} needs the exported file`, 'pass the export file')] };
  const content = readFileSync(input, 'utf8');
  if (format === 'doccano') return parseDoccano(content, input, fields);
  try {
    return parseLabelStudio(JSON.parse(content), input, fields);
  } catch (err) {
    return { docs: [], diagnostics: [importDiag('fatal', 'IMPORT_WRONG_FORMAT', input, `not JSON: ${(err as Error).message}`, 'export "JSON" from Label Studio, or pick the right --format')] };
  }
}

function readBrat(input: string): ParseResult<RawDoc> {
  const isDir = statSync(input).isDirectory();
  const root = isDir ? input : dirname(input);
  const anns = isDir ? listAnn(input) : [input];
  const out: ParseResult<RawDoc> = { docs: [], diagnostics: [] };
  if (anns.length === 0) out.diagnostics.push(importDiag('fatal', 'IMPORT_WRONG_FORMAT', input, 'no .ann files found', 'pass the brat collection folder or an .ann file'));
  for (const ann of anns) {
    const txt = ann.replace(/\.ann$/, '.txt');
    if (!ann.endsWith('.ann')) {
      out.diagnostics.push(importDiag('fatal', 'IMPORT_WRONG_FORMAT', ann, 'expected a brat .ann file (or a folder of .ann + .txt pairs)', 'pass the .ann file, or pick the right --format'));
      continue;
    }
    if (!existsSync(txt)) {
      out.diagnostics.push(importDiag('fatal', 'IMPORT_NO_TEXT', ann, `no ${basename(txt)} beside the .ann file`, 'brat offsets count into the .txt: keep both files together'));
      continue;
    }
    const r = parseBrat(docIdOf(root, ann, '.ann'), readFileSync(ann, 'utf8'), readFileSync(txt, 'utf8'), ann);
    out.docs.push(...r.docs);
    out.diagnostics.push(...r.diagnostics);
  }
  return out;
}

function listAnn(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listAnn(path));
    else if (name.endsWith('.ann')) out.push(path);
  }
  return out;
}
