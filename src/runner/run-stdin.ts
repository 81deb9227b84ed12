/**
 * `--stdin` mode for cluster engines (Hadoop Streaming, Spark's RDD.pipe, GNU parallel): read JSONL
 * documents `{doc_id, text}` from stdin, write stage records to stdout as JSONL, each with a leading
 * `"record"` field naming its file (documents, sentences, mentions, relations). Relations are this
 * shard's partial result; `npm run merge` combines partials into the relations of one run.
 * A line that does not parse, or lacks doc_id/text, is reported on stderr with its line number and
 * skipped.
 */
import { createHash } from 'node:crypto';
import { createInterface } from 'node:readline';
import { formatDiagnostic, type Diagnostic } from '../types/diagnostic.ts';
import { createRelations, type RelationWindow } from '../stages/relations/index.ts';
import { buildTaskContext, type TaskOptions } from './task-context.ts';
import type { MentionRecord } from '../types/records.ts';

export interface StdinOptions extends Pick<TaskOptions, 'gazetteer' | 'fuzzy' | 'variants' | 'learn' | 'ner' | 'maxDocBytes'> {
  window: RelationWindow;
  emit: Set<string>;
}

const tag = (record: string, obj: object): string => JSON.stringify({ record, ...obj }) + '\n';

/**
 * @returns exit code: 0, or 1 when any input line or document was skipped
 */
export async function runStdin(opts: StdinOptions, input: NodeJS.ReadableStream = process.stdin, output: NodeJS.WritableStream = process.stdout): Promise<number> {
  const ctx = await buildTaskContext({ gazetteer: opts.gazetteer, fuzzy: opts.fuzzy, variants: opts.variants, learn: opts.learn, ner: opts.ner, maxDocBytes: opts.maxDocBytes, mentions: true, cacheIn: null });
  const agg = createRelations({ window: opts.window })();
  let failed = 0;
  let lineNo = 0;
  const report = (d: Diagnostic): void => {
    failed++;
    process.stderr.write(formatDiagnostic(d) + '\n');
  };
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    lineNo++;
    if (line.trim() === '') continue;
    let doc: { doc_id?: unknown; text?: unknown };
    try {
      doc = JSON.parse(line) as typeof doc;
    } catch (err) {
      report({ code: 'JSONL_PARSE', severity: 'fatal', stage: 'stdin', file: '<stdin>', line: lineNo, message: `line does not parse as JSON: ${(err as Error).message}`, fix: 'send one JSON object {doc_id, text} per line' });
      continue;
    }
    if (typeof doc.doc_id !== 'string' || typeof doc.text !== 'string') {
      report({ code: 'JSONL_RECORD', severity: 'fatal', stage: 'stdin', file: '<stdin>', line: lineNo, message: 'record needs string fields doc_id and text', fix: 'send {"doc_id": "...", "text": "..."}' });
      continue;
    }
    if (doc.text.length > opts.maxDocBytes) {
      report({ code: 'INPUT_TOO_LARGE', severity: 'fatal', stage: 'stdin', file: '<stdin>', line: lineNo, docId: doc.doc_id, message: `document is ${doc.text.length} characters, above the limit`, fix: 'raise it with --max-doc-mb' });
      continue;
    }
    let out = '';
    try {
      const r = ctx.process({ doc_id: doc.doc_id, original: doc.text, sha256: createHash('sha256').update(doc.text, 'utf8').digest('hex') });
      if (opts.emit.has('documents')) out += tag('documents', r.doc);
      if (opts.emit.has('sentences')) for (const s of r.sentences) out += tag('sentences', s);
      if (opts.emit.has('mentions')) for (const m of r.mentions) out += tag('mentions', m);
      agg.addDocument(r.doc.doc_id, r.mentions as MentionRecord[], (i) => r.sentences[i]?.paragraph ?? 0);
    } catch (err) {
      report({ code: 'STAGE_FAILED', severity: 'fatal', stage: 'stdin', file: '<stdin>', line: lineNo, docId: doc.doc_id, message: `processing failed: ${(err as Error).message}`, fix: 'the document was skipped' });
      continue;
    }
    if (out && !output.write(out)) await new Promise((r) => output.once('drain', r));
  }
  if (opts.emit.has('relations')) for (const rel of agg.result()) output.write(tag('relations', rel));
  return failed > 0 ? 1 : 0;
}
