/** Loads the hand-made scoring fixture in test/fixtures/eval (d1, d2 gold; d3 predicted only). */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readJsonl } from '../../src/runner/jsonl.ts';
import type { GoldDoc } from '../../src/types/records.ts';
import type { EvalInput, PredMention, PredSentence } from '../../src/eval/types.ts';

/** The fixture folder; predictions are in pred/ (a folder named out/ would be git-ignored). */
export const FIXTURE = fileURLToPath(new URL('../fixtures/eval/', import.meta.url));

export function loadFixture(): EvalInput & { texts: Map<string, string> } {
  const gold = readdirSync(`${FIXTURE}gold`)
    .sort()
    .map((f) => JSON.parse(readFileSync(`${FIXTURE}gold/${f}`, 'utf8')) as GoldDoc);
  const texts = new Map(readdirSync(`${FIXTURE}corpus`).map((f) => [f.replace(/\.txt$/, ''), readFileSync(`${FIXTURE}corpus/${f}`, 'utf8')]));
  return {
    gold,
    sentences: readJsonl<PredSentence>(`${FIXTURE}pred/sentences.jsonl`),
    mentions: readJsonl<PredMention>(`${FIXTURE}pred/mentions.jsonl`),
    texts,
  };
}
