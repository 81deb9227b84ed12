import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runSpanBaseline } from '../../src/baselines/run-span-baseline.ts';
import { compromiseBaseline } from '../../src/baselines/span-baselines.ts';
import { LADDER, selectRungs } from '../../src/baselines/ladder.ts';
import type { MentionRecord, RawDoc, SentenceRecord } from '../../src/types/records.ts';

const DOCS: RawDoc[] = [
  { doc_id: 'a', original: 'Police in Quetta said Omar Bakri Mohammed met officials in London.\n\nThe Taliban denied it.\n', sha256: '0' },
  { doc_id: 'b', original: 'Donald Rumsfeld visited Kabul and Karachi on Monday.\n', sha256: '0' },
];

describe('runSpanBaseline writes an out folder the scorer reads, byte for byte the same each run', () => {
  const dirs = [0, 1].map(() => mkdtempSync(join(tmpdir(), 'tz-baseline-')));
  const summaries = dirs.map((d) => runSpanBaseline(DOCS, d, compromiseBaseline()));
  const read = (d: string, f: string) => readFileSync(join(d, f), 'utf8');
  it('same bytes twice', () => {
    for (const f of ['sentences.jsonl', 'mentions.jsonl', 'relations.jsonl', 'summary.json']) expect(read(dirs[1]!, f)).toBe(read(dirs[0]!, f));
    expect(summaries[0]).toEqual(summaries[1]);
  });
  it('mentions point into sentences of their document', () => {
    const sents = read(dirs[0]!, 'sentences.jsonl').trim().split('\n').map((l) => JSON.parse(l) as SentenceRecord);
    const ments = read(dirs[0]!, 'mentions.jsonl').trim().split('\n').map((l) => JSON.parse(l) as MentionRecord);
    expect(ments.length).toBeGreaterThan(2);
    for (const m of ments) {
      const s = sents.find((x) => x.doc_id === m.doc_id && x.index === m.sentence)!;
      expect(s.start <= m.start && m.end <= s.end).toBe(true);
      expect(DOCS.find((d) => d.doc_id === m.doc_id)!.original.slice(m.start, m.end)).toBe(m.text);
    }
    expect(summaries[0]!.documents).toBe(2);
  });
});

describe('the ladder', () => {
  it('adds one switch per rung, curated until the last', () => {
    expect(LADDER.map((r) => r.name)).toEqual(['exact', 'variants', 'fuzzy', 'learn', 'ner', 'full']);
    const on = (r: (typeof LADDER)[number]) => [r.variants, r.fuzzy, r.learn, r.ner, r.gazetteer === 'all'].filter(Boolean).length;
    LADDER.forEach((r, i) => expect(on(r)).toBe(i));
  });
  it('selectRungs names unknown rungs', () => {
    expect(selectRungs('exact,full').map((r) => r.name)).toEqual(['exact', 'full']);
    expect(() => selectRungs('exact,bogus')).toThrow(/unknown rung "bogus"/);
  });
});
