import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkGold } from '../../src/gold/check-gold.ts';
import { formatGoldDoc } from '../../src/gold/format-gold.ts';

const root = mkdtempSync(join(tmpdir(), 'tanzeem-gold-check-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function setup(): { gold: string; corpus: string } {
  const gold = join(root, 'gold');
  const corpus = join(root, 'corpus');
  mkdirSync(join(gold, 'sub'), { recursive: true });
  mkdirSync(join(corpus, 'sub'), { recursive: true });
  writeFileSync(join(corpus, 'a.txt'), 'TTP attacked Quetta.');
  writeFileSync(join(corpus, 'sub', 'b.txt'), 'Quetta.');
  writeFileSync(join(root, 'outside.json'), '{}');
  const a = { doc_id: 'a', sentences: [{ start: 0, end: 20 }], mentions: [{ start: 13, end: 19, text: 'Quetta', type: 'LOC', canonical: 'Quetta' }] };
  writeFileSync(join(gold, 'a.json'), formatGoldDoc(a));
  // nested doc_id, wrong type for the same canonical → cross-file error
  writeFileSync(join(gold, 'sub', 'b.json'), formatGoldDoc({ doc_id: 'sub/b', sentences: [{ start: 0, end: 7 }], mentions: [{ start: 0, end: 6, text: 'Quetta', type: 'ORG', canonical: 'Quetta' }] }));
  writeFileSync(join(gold, 'broken.json'), '{"doc_id": "broken",\n "sentences": [],\n}');
  writeFileSync(join(gold, 'orphan.json'), formatGoldDoc({ doc_id: 'orphan', sentences: [], mentions: [] }));
  writeFileSync(join(gold, 'README.md'), 'not a gold file');
  symlinkSync(join(root, 'outside.json'), join(gold, 'escape.json'));
  return { gold, corpus };
}

describe('checkGold over a folder', () => {
  const { gold, corpus } = setup();
  const r = checkGold({ goldDir: gold, corpusDir: corpus });
  const byCode = (c: string) => r.diagnostics.filter((d) => d.code === c);

  it('reads nested *.json files and only those', () => {
    expect(r.files).toBe(4);
    expect(r.docs.map((d) => d.doc.doc_id)).toEqual(['a', 'orphan', 'sub/b']);
    expect([...r.texts.keys()]).toEqual(['a', 'sub/b']);
  });

  it('refuses a file that resolves outside the gold folder', () => {
    expect(byCode('GOLD_PATH')).toHaveLength(1);
    expect(byCode('GOLD_PATH')[0]!.file).toBe(join(gold, 'escape.json'));
  });

  it('reports JSON errors with the line', () => {
    expect(byCode('GOLD_JSON')).toMatchObject([{ file: join(gold, 'broken.json'), line: 3, severity: 'fatal' }]);
  });

  it('reports a gold file without corpus document, and one type per canonical', () => {
    expect(byCode('GOLD_NO_CORPUS_DOC')).toMatchObject([{ docId: 'orphan' }]);
    expect(byCode('GOLD_CANONICAL_TYPE')).toHaveLength(1);
    expect(r.diagnostics.filter((d) => d.severity === 'fatal').map((d) => d.code).sort()).toEqual([
      'GOLD_CANONICAL_TYPE',
      'GOLD_JSON',
      'GOLD_NO_CORPUS_DOC',
      'GOLD_NO_SENTENCES',
      'GOLD_PATH',
    ]);
  });
});

describe('formatGoldDoc', () => {
  it('writes one label per line in a fixed key order', () => {
    const text = formatGoldDoc({ doc_id: 'a', sentences: [{ start: 0, end: 5 }], mentions: [{ canonical: 'X', type: 'ORG', text: 'X', end: 1, start: 0 } as never] });
    expect(text).toBe(
      '{"doc_id": "a",\n "sentences": [\n  {"start":0,"end":5}\n ],\n "mentions": [\n  {"start":0,"end":1,"text":"X","type":"ORG","canonical":"X"}\n ]}\n',
    );
    expect(JSON.parse(text)).toEqual({ doc_id: 'a', sentences: [{ start: 0, end: 5 }], mentions: [{ start: 0, end: 1, text: 'X', type: 'ORG', canonical: 'X' }] });
  });
});
