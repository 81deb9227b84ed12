/**
 * Regression tests for bugs the fuzzers and the crash tests found in the stages (one per fix),
 * and `it.fails` tests pinning the same class of bug in code this suite does not own.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadGazetteer } from '../../src/gazetteer/load.ts';
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

describe('gazetteer: large files', () => {
  // Bug (src/gazetteer/load.ts, loadGazetteer: raw.push(...r.entries)): a gazetteer file with
  // ~120k+ entries (a GeoNames cities1000 import has ~150k) overflows the call stack:
  // "RangeError: Maximum call stack size exceeded" at load.ts:64, and every command that loads the
  // gazetteer dies with a stack trace. buildGazetteer itself handles 150k entries in about a second.
  it('a file with 150,000 entries loads', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tz-biggaz-'));
    try {
      const lines: string[] = [];
      for (let i = 0; i < 150_000; i++) lines.push(JSON.stringify({ id: `geonames/p${i}`, type: 'LOC', canonical: `Place ${i.toString(26).replace(/\d/g, (d) => 'qrstuvwxyz'[Number(d)]!)}ville` }));
      writeFileSync(join(dir, 'places.jsonl'), lines.join('\n') + '\n');
      expect(loadGazetteer([dir]).gazetteer.entities).toHaveLength(150_000);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
