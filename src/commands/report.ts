/**
 * `npm run report -- --out DIR`: read the stage files in DIR and write the network exports and an
 * offline HTML report beside them. Thin I/O around the pure builders in src/report/.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { writeFileAtomic } from '../runner/atomic-write.ts';
import { readJsonl } from '../runner/jsonl.ts';
import { TanzeemError } from '../types/diagnostic.ts';
import type { Diagnostic } from '../types/diagnostic.ts';
import type { MentionRecord, RelationRecord, SentenceRecord } from '../types/records.ts';
import { buildNetwork } from '../report/build-network.ts';
import { buildReportData } from '../report/build-report-data.ts';
import { assertStageRecords } from '../report/check-stage-records.ts';
import { networkToGraph } from '../report/network-to-graph.ts';
import { renderReportHtml, type ReportAssets } from '../report/render-report-html.ts';
import { assignTypeColors } from '../report/type-colors.ts';
import { edgesToCsv, nodesToCsv } from '../report/write-csv.ts';
import { graphToGexf } from '../report/write-gexf.ts';
import { graphToGraphml } from '../report/write-graphml.ts';

const USAGE = `usage: npm run report -- [--out DIR] [--max-nodes N] [--max-evidence N]
  --out DIR          folder with documents/sentences/mentions/relations.jsonl (default: out);
                     eval.json, eval-errors.jsonl and diagnostics.jsonl are shown when present
  --max-nodes N      entities drawn when report.html opens, most mentioned first (default: 500)
  --max-evidence N   evidence sentences embedded per entity and per pair (default: 50)
writes DIR/nodes.csv, edges.csv, network.gexf, network.graphml, report.html
`;

const ASSETS_DIR = fileURLToPath(new URL('../report/assets/', import.meta.url));

/** The page's scripts (numbered files, in order) and style sheet. */
function readAssets(): ReportAssets {
  const scripts = readdirSync(ASSETS_DIR)
    .filter((f) => f.endsWith('.js'))
    .sort()
    .map((f) => readFileSync(join(ASSETS_DIR, f), 'utf8'));
  return { scripts, style: readFileSync(join(ASSETS_DIR, 'report.css'), 'utf8') };
}

function inputError(file: string, message: string, fix: string): TanzeemError {
  return new TanzeemError([{ code: 'REPORT_INPUT', severity: 'fatal', stage: 'report', file, message, fix }]);
}

function readStage<T>(dir: string, name: string): T[] {
  const path = join(dir, name);
  if (!existsSync(path)) {
    throw inputError(path, `${name} not found`, `run \`npm run pipeline -- --out ${dir}\` first, or pass the right --out`);
  }
  const records = readJsonl<unknown>(path);
  assertStageRecords<T>(records, name, path);
  return records;
}

function readOptionalJson(path: string): unknown {
  if (!existsSync(path)) return null;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch (err) {
    throw inputError(path, `does not parse as JSON: ${(err as Error).message}`, 'rerun `npm run eval`, or delete the file');
  }
}

function positiveInt(value: string, flag: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw inputError(flag, `expected a whole number ≥ 1, found '${value}'`, `pass e.g. ${flag} 500`);
  return n;
}

/**
 * Run the report command.
 * @param argv arguments after `report`
 * @returns 0 on success, 2 on bad arguments (bad or missing input files throw TanzeemError)
 */
export async function main(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        out: { type: 'string', default: 'out' },
        'max-nodes': { type: 'string', default: '500' },
        'max-evidence': { type: 'string', default: '50' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (err) {
    process.stderr.write(`report: ${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const dir = values.out;
  const maxNodes = positiveInt(values['max-nodes'], '--max-nodes');
  const maxEvidence = positiveInt(values['max-evidence'], '--max-evidence');

  const documents = readStage<{ doc_id: string }>(dir, 'documents.jsonl');
  const sentences = readStage<SentenceRecord>(dir, 'sentences.jsonl');
  const mentions = readStage<MentionRecord>(dir, 'mentions.jsonl');
  const relations = readStage<RelationRecord>(dir, 'relations.jsonl');
  const evalJson = readOptionalJson(join(dir, 'eval.json'));
  const optionalJsonl = <T>(name: string): T[] | null =>
    existsSync(join(dir, name)) ? readJsonl<T>(join(dir, name)) : null;
  const evalErrors = optionalJsonl<unknown>('eval-errors.jsonl');
  const diagnostics = optionalJsonl<Diagnostic>('diagnostics.jsonl');

  const network = buildNetwork(mentions, relations);
  const colors = assignTypeColors(network.nodes.map((n) => n.type));
  const graph = networkToGraph(network, colors);
  const data = buildReportData({
    docIds: documents.map((d) => d.doc_id),
    sentences,
    mentions,
    relations,
    network,
    colors,
    evalJson,
    evalErrors,
    diagnostics,
    maxNodes,
    maxEvidence,
  });

  writeFileAtomic(join(dir, 'nodes.csv'), nodesToCsv(network.nodes));
  writeFileAtomic(join(dir, 'edges.csv'), edgesToCsv(network.edges));
  writeFileAtomic(join(dir, 'network.gexf'), graphToGexf(graph));
  writeFileAtomic(join(dir, 'network.graphml'), graphToGraphml(graph));
  writeFileAtomic(join(dir, 'report.html'), renderReportHtml(data, readAssets()));

  for (const w of data.warnings) process.stderr.write(`report: warning: ${w}\n`);
  process.stdout.write(
    `report: ${network.nodes.length} entities, ${network.edges.length} relations → ` +
      `${join(dir, 'report.html')} (+ nodes.csv, edges.csv, network.gexf, network.graphml)\n`,
  );
  return 0;
}
