/**
 * `npm run gold:import -- --format labelstudio|brat|doccano --in PATH [--out gold] [--corpus corpus]
 *   [--offsets codepoints|utf16] [--id-field doc_id] [--text-field text] [--label-map LABEL=TYPE]…
 *   [--force] [--dry-run]`
 *
 * Converts an annotation-tool export to gold files (CONTRACT.md layout). Offsets are read as code
 * points unless `--offsets utf16`. Nothing is written when any error is found. Exit 0 on success,
 * 1 on import errors, 2 on bad usage.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { importGold } from '../gold/import/import-gold.ts';
import { isLabelTarget, type LabelTarget } from '../gold/import/labels.ts';
import type { ImportFormat } from '../gold/import/read-input.ts';
import { countSeverities, diagnosticLines } from '../gold/report-lines.ts';

const USAGE =
  'usage: npm run gold:import -- --format labelstudio|brat|doccano --in PATH [--out gold] [--corpus corpus]\n' +
  '         [--offsets codepoints|utf16] [--id-field doc_id] [--text-field text] [--label-map LABEL=TYPE]... [--force] [--dry-run]';

export async function main(argv: string[]): Promise<number> {
  let v: Record<string, string | boolean | string[] | undefined>;
  try {
    v = parseArgs({
      args: argv,
      options: {
        format: { type: 'string' },
        in: { type: 'string' },
        out: { type: 'string', default: 'gold' },
        corpus: { type: 'string', default: 'corpus' },
        offsets: { type: 'string', default: 'codepoints' },
        'id-field': { type: 'string', default: 'doc_id' },
        'text-field': { type: 'string', default: 'text' },
        'label-map': { type: 'string', multiple: true, default: [] },
        force: { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (err) {
    return usage((err as Error).message);
  }
  if (v.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  const format = v.format as string | undefined;
  if (format !== 'labelstudio' && format !== 'brat' && format !== 'doccano') return usage(`--format must be labelstudio, brat or doccano (got ${JSON.stringify(format ?? null)})`);
  if (typeof v.in !== 'string') return usage('--in PATH is required');
  if (v.offsets !== 'codepoints' && v.offsets !== 'utf16') return usage(`--offsets must be codepoints or utf16 (got ${JSON.stringify(v.offsets)})`);
  const labelMap: Record<string, LabelTarget> = {};
  for (const spec of v['label-map'] as string[]) {
    const [label, target = ''] = spec.split('=');
    if (!label || !isLabelTarget(target)) return usage(`--label-map ${JSON.stringify(spec)} must be LABEL=ORG|PERSON|LOC|SENTENCE`);
    labelMap[label] = target;
  }
  const corpus = v.corpus as string;
  const result = importGold({
    format: format as ImportFormat,
    input: v.in,
    outDir: v.out as string,
    corpusDir: existsSync(corpus) ? corpus : null,
    unit: v.offsets,
    idField: v['id-field'] as string,
    textField: v['text-field'] as string,
    labelMap,
    force: v.force === true,
    dryRun: v['dry-run'] === true,
  });
  for (const line of diagnosticLines(result.diagnostics)) process.stderr.write(line + '\n');
  const { errors, warnings } = countSeverities(result.diagnostics);
  const mentions = result.docs.reduce((n, d) => n + d.mentions.length, 0);
  const verb = errors > 0 ? 'nothing written' : v['dry-run'] ? 'dry run, nothing written' : `wrote ${result.written.length} files to ${String(v.out)}`;
  process.stdout.write(`gold:import: ${result.docs.length} documents, ${mentions} mentions: ${errors} errors, ${warnings} warnings; ${verb}\n`);
  if (errors === 0 && !v['dry-run']) process.stdout.write('next: npm run gold:check\n');
  return errors > 0 ? 1 : 0;
}

function usage(message: string): number {
  process.stderr.write(`gold:import: ${message}\n${USAGE}\n`);
  return 2;
}
