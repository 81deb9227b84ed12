/**
 * Regression tests for bugs the fuzzers and the crash tests found in the stages (one per fix).
 */
import { describe, expect, it } from 'vitest';
import { prepareGazetteer } from '../../src/runner/run-pipeline.ts';
import { createProcessor } from '../../src/runner/process-document.ts';
import { TINY_GAZETTEER } from '../helpers.ts';

describe('mentions: large documents', () => {
  // scan.ts rebuilt its candidate list with out.push(...list): past ~120k candidates the spread
  // overflowed the call stack ("RangeError: Maximum call stack size exceeded") and the document was
  // skipped. 150,000 place names in a 1.2 MB document (well under the 20 MB limit) did it.
  it('a document with 150,000 candidate names is processed', () => {
    const p = createProcessor(prepareGazetteer([TINY_GAZETTEER]).compiled, { fuzzy: true, variants: true, learn: true });
    const r = p.fromRaw({ doc_id: 'big', original: 'Quetta. '.repeat(150_000), sha256: '0' });
    expect(r.sentences).toHaveLength(150_000);
    expect(r.mentions).toHaveLength(150_000);
    expect(r.mentions.at(-1)).toMatchObject({ start: 8 * 149_999, end: 8 * 149_999 + 6, text: 'Quetta', entity_id: 'loc/quetta', sentence: 149_999 });
  });
});
