/**
 * Score one out folder and write its reports: eval.json, eval-errors.jsonl, eval-errors.md.
 * File I/O of the scorer lives here and in read-predictions.ts; everything it calls is pure.
 */
import { join } from 'node:path';
import { writeFileAtomic } from '../runner/atomic-write.ts';
import { toJsonLine } from '../runner/jsonl.ts';
import type { GoldDoc } from '../types/records.ts';
import { analyseRun } from './analyse-run.ts';
import { collectErrors } from './error-report.ts';
import { renderErrorsMarkdown } from './error-report-md.ts';
import { readPredictions, textFromSentences } from './read-predictions.ts';
import { summarise } from './score.ts';
import type { EvalReport } from './types.ts';
import type { ErrorRecord } from './error-types.ts';

/** What evaluateOutDir produced. */
export interface OutDirResult {
  report: EvalReport;
  errors: ErrorRecord[];
  /** Files written, in writing order. */
  written: string[];
}

/**
 * Score the predictions in `outDir` against the gold and write the reports into `outDir`.
 * @param gold gold documents
 * @param texts original texts by doc_id (for context); documents without one get a text rebuilt
 *   from the predicted sentences
 * @param outDir folder with sentences.jsonl and mentions.jsonl
 * @param title heading of eval-errors.md
 * @returns the eval.json object, the error records and the paths written
 */
export function evaluateOutDir(gold: GoldDoc[], texts: ReadonlyMap<string, string>, outDir: string, title: string): OutDirResult {
  const pred = readPredictions(outDir);
  const analysis = analyseRun({ gold, sentences: pred.sentences, mentions: pred.mentions });
  const report = summarise(analysis);
  const allTexts = new Map(texts);
  for (const d of analysis.docs) {
    if (allTexts.has(d.doc_id)) continue;
    const rebuilt = textFromSentences(pred.sentences.filter((s) => s.doc_id === d.doc_id));
    if (rebuilt !== undefined) allTexts.set(d.doc_id, rebuilt);
  }
  const errors = collectErrors(analysis, allTexts);
  const written = [join(outDir, 'eval.json'), join(outDir, 'eval-errors.jsonl'), join(outDir, 'eval-errors.md')];
  writeFileAtomic(written[0]!, JSON.stringify(report, null, 2) + '\n');
  writeFileAtomic(written[1]!, errors.map(toJsonLine).join(''));
  writeFileAtomic(written[2]!, renderErrorsMarkdown(errors, title));
  return { report, errors, written };
}
