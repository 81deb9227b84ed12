/**
 * `npm run pipeline -- --corpus DIR --out DIR [--from STAGE] [--to STAGE] [--only STAGE] ...`
 */
import { parseArgs } from 'node:util';
import { availableParallelism } from 'node:os';
import { runStdin } from '../runner/run-stdin.ts';
import { STAGES, stageIndex } from '../pipeline.ts';
import { TanzeemError } from '../types/diagnostic.ts';
import { runPipeline } from '../runner/run-pipeline.ts';
import type { RelationWindow } from '../stages/relations/index.ts';

const HELP = `usage: npm run pipeline -- [options]
  --corpus DIR        folder of .txt documents (default corpus/)
  --out DIR           output folder (default out/)
  --gazetteer DIR     gazetteer folder or file; repeatable (default gazetteers/)
  --from STAGE        first stage to run, reading earlier stages' files from --out
  --to STAGE          last stage to run
  --only STAGE        run one stage (= --from STAGE --to STAGE)
                      stages: ${STAGES.map((s) => s.name).join(', ')}
  --window W          relation window: sentence (default), paragraph, document
  --max-doc-mb N      skip documents larger than N MB (default 20)
  --workers N         worker threads (default: the number of cores; small corpora use fewer)
  --no-cache          reprocess every document (default: reuse documents whose sha256,
                      gazetteer version and options are unchanged, from OUT/.cache)
  --stdin             read JSONL documents {doc_id, text} from stdin, write records to stdout
  --emit LIST         with --stdin: which records to write (documents,sentences,mentions,relations; default all)
  --no-fuzzy          no fuzzy matching
  --no-variants       exact aliases only (no folded match keys, no fuzzy)
  --no-learn          no acronyms or short forms learned from the text
  --no-ner            no fallback recogniser for entities outside the gazetteer
  --quiet             no progress or summary on stderr`;

export async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      corpus: { type: 'string', default: 'corpus' },
      out: { type: 'string', default: 'out' },
      gazetteer: { type: 'string', multiple: true },
      from: { type: 'string' },
      to: { type: 'string' },
      only: { type: 'string' },
      window: { type: 'string', default: 'sentence' },
      'max-doc-mb': { type: 'string', default: '20' },
      workers: { type: 'string' },
      'no-cache': { type: 'boolean', default: false },
      stdin: { type: 'boolean', default: false },
      emit: { type: 'string', default: 'documents,sentences,mentions,relations' },
      'no-fuzzy': { type: 'boolean', default: false },
      'no-variants': { type: 'boolean', default: false },
      'no-learn': { type: 'boolean', default: false },
      'no-ner': { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(HELP + '\n');
    return 0;
  }
  const bad = (message: string, fix: string): never => {
    throw new TanzeemError([{ code: 'OPTIONS', severity: 'fatal', stage: 'cli', message, fix }]);
  };
  let from = 0;
  let to = STAGES.length - 1;
  try {
    if (values.only) from = to = stageIndex(values.only);
    if (values.from) from = stageIndex(values.from);
    if (values.to) to = stageIndex(values.to);
  } catch (err) {
    bad((err as Error).message, 'see npm run pipeline -- --help');
  }
  const window = values.window as RelationWindow;
  if (!['sentence', 'paragraph', 'document'].includes(window)) bad(`--window must be sentence, paragraph or document, found "${window}"`, 'use --window sentence');
  const mb = Number(values['max-doc-mb']);
  if (!Number.isFinite(mb) || mb <= 0) bad(`--max-doc-mb must be a positive number, found "${values['max-doc-mb']}"`, 'e.g. --max-doc-mb 50');
  const workers = values.workers === undefined ? availableParallelism() : Number(values.workers);
  if (!Number.isInteger(workers) || workers < 1) bad(`--workers must be a whole number ≥ 1, found "${values.workers}"`, 'e.g. --workers 2');
  if (values.stdin) {
    const emit = values.emit!.split(',').map((x) => x.trim()).filter(Boolean);
    const known = ['documents', 'sentences', 'mentions', 'relations'];
    for (const e of emit) if (!known.includes(e)) bad(`--emit: unknown record kind "${e}"`, `use some of ${known.join(',')}`);
    return runStdin({ gazetteer: values.gazetteer && values.gazetteer.length > 0 ? values.gazetteer : ['gazetteers'], fuzzy: !values['no-fuzzy'] && !values['no-variants'], variants: !values['no-variants'], learn: !values['no-learn'], ner: !values['no-ner'], maxDocBytes: mb * 1e6, window, emit: new Set(emit) });
  }
  const log = values.quiet ? () => {} : (l: string) => process.stderr.write(l + '\n');
  const t0 = performance.now();
  const { summary, exitCode } = await runPipeline({
    corpus: values.corpus!,
    out: values.out!,
    gazetteer: values.gazetteer && values.gazetteer.length > 0 ? values.gazetteer : ['gazetteers'],
    from,
    to,
    window,
    maxDocBytes: mb * 1e6,
    fuzzy: !values['no-fuzzy'] && !values['no-variants'],
    variants: !values['no-variants'],
    learn: !values['no-learn'],
    ner: !values['no-ner'],
    workers,
    cache: !values['no-cache'],
    log,
  });
  const secs = ((performance.now() - t0) / 1000).toFixed(1);
  const m = Object.entries(summary.mentions).sort().map(([k, v]) => `${k} ${v}`).join(', ');
  log(`tanzeem: ${summary.documents.processed}/${summary.documents.found} documents (${summary.documents.skipped} skipped, ${summary.documents.reused} reused unchanged), ${summary.sentences} sentences, mentions: ${m || 'none'}, ${summary.relations} relations → ${values.out}/ in ${secs}s`);
  return exitCode;
}
