/** Shared test helpers: the tiny frozen gazetteer and a one-call document processor. */
import { prepareGazetteer } from '../src/runner/run-pipeline.ts';
import { createProcessor, type ProcessOptions } from '../src/runner/process-document.ts';
import type { MentionRecord } from '../src/types/records.ts';

export const TINY_GAZETTEER = new URL('./fixtures/gazetteer/', import.meta.url).pathname;

let compiled: ReturnType<typeof prepareGazetteer>['compiled'] | null = null;

/** Run normalise → sentences → mentions on one text with the tiny gazetteer. */
export function mentionsOf(text: string, opts: Partial<ProcessOptions> = {}): MentionRecord[] {
  compiled ??= prepareGazetteer([TINY_GAZETTEER]).compiled;
  const p = createProcessor(compiled, { fuzzy: true, variants: true, learn: true, ...opts });
  return p.fromRaw({ doc_id: 't', original: text, sha256: '0' }).mentions;
}

/** `text → entity_id` pairs, for compact assertions. */
export function pairs(ms: MentionRecord[]): Array<[string, string]> {
  return ms.map((m) => [m.text, m.entity_id]);
}
