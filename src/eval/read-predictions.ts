/**
 * Read one system's predictions (OUT/sentences.jsonl, OUT/mentions.jsonl) for the scorer, with
 * errors that name the file, the line and the command that writes it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TanzeemError, type Diagnostic } from '../types/diagnostic.ts';
import type { PredMention, PredSentence } from './types.ts';

const NEEDS = {
  'sentences.jsonl': { doc_id: 'string', index: 'integer', start: 'integer', end: 'integer' },
  'mentions.jsonl': { doc_id: 'string', sentence: 'integer', start: 'integer', end: 'integer', text: 'string', type: 'string', entity_id: 'string' },
} as const;

/** Predicted records of one system, plus the sentence and mention texts kept for context. */
export interface Predictions {
  sentences: Array<PredSentence & { text?: string }>;
  mentions: PredMention[];
}

/**
 * Read and check the two prediction files of an out folder.
 * @param outDir the folder the pipeline wrote
 * @returns the records in file order
 * Note: throws a TanzeemError (EVAL_MISSING_INPUT) when a file is missing, naming the command
 * that produces it, and (JSONL_PARSE / JSONL_RECORD) for a bad line, naming file and line.
 */
export function readPredictions(outDir: string): Predictions {
  return {
    sentences: readChecked<PredSentence & { text?: string }>(outDir, 'sentences.jsonl'),
    mentions: readChecked<PredMention>(outDir, 'mentions.jsonl'),
  };
}

function readChecked<T>(outDir: string, name: keyof typeof NEEDS): T[] {
  const file = join(outDir, name);
  if (!existsSync(file)) {
    throw new TanzeemError([
      fail(file, undefined, 'EVAL_MISSING_INPUT', `${file} does not exist; the scorer needs the pipeline's ${name}`,
        `run \`npm run pipeline -- --corpus corpus --out ${outDir}\` first, or pass --out with the folder the pipeline wrote`),
    ]);
  }
  const out: T[] = [];
  readFileSync(file, 'utf8').split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') return;
    let rec: unknown;
    try {
      rec = JSON.parse(line);
    } catch (err) {
      throw new TanzeemError([fail(file, i + 1, 'JSONL_PARSE', `line does not parse as JSON: ${(err as Error).message}`, 'rerun the pipeline stage that wrote this file')]);
    }
    const bad = Object.entries(NEEDS[name]).filter(([key, kind]) => !hasKind((rec as Record<string, unknown>)?.[key], kind));
    if (typeof rec !== 'object' || rec === null || bad.length > 0) {
      const what = bad.map(([key, kind]) => `${key} (${kind})`).join(', ');
      throw new TanzeemError([fail(file, i + 1, 'JSONL_RECORD', `record lacks or mistypes: ${what}`, 'rerun the pipeline stage that wrote this file (see CONTRACT.md for the fields)')]);
    }
    out.push(rec as T);
  });
  return out;
}

function hasKind(x: unknown, kind: 'string' | 'integer'): boolean {
  return kind === 'string' ? typeof x === 'string' : Number.isInteger(x);
}

function fail(file: string, line: number | undefined, code: string, message: string, fix: string): Diagnostic {
  return { code, severity: 'fatal', stage: 'eval', file, ...(line !== undefined ? { line } : {}), message, fix };
}

/**
 * A stand-in document text rebuilt from predicted sentence texts (spaces elsewhere), for error
 * context when the corpus file is not at hand.
 * @param sentences predicted sentences of one document, with `text`
 * @returns text long enough for every sentence, or undefined when no sentence has text
 */
export function textFromSentences(sentences: ReadonlyArray<PredSentence & { text?: string }>): string | undefined {
  const withText = sentences.filter((s) => typeof s.text === 'string' && s.text.length === s.end - s.start);
  if (withText.length === 0) return undefined;
  const chars = new Array<string>(Math.max(...withText.map((s) => s.end))).fill(' ');
  for (const s of withText) for (let i = 0; i < s.text!.length; i++) chars[s.start + i] = s.text![i]!;
  return chars.join('');
}
