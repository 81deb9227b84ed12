import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { summariseDiagnostics } from '../../src/report/summarise-diagnostics.ts';
import { summariseEval } from '../../src/report/summarise-eval.ts';
import { summariseEvalErrors } from '../../src/report/summarise-eval-errors.ts';
import type { Diagnostic } from '../../src/types/diagnostic.ts';
import { FIXTURE_OUT } from './helpers.ts';

describe('summariseEval', () => {
  const evalJson: unknown = JSON.parse(readFileSync(join(FIXTURE_OUT, 'eval.json'), 'utf8'));
  const summary = summariseEval(evalJson);

  it('finds every score object of the contract layout, in file order', () => {
    expect(summary.docs).toBe(3);
    expect(summary.rows.map((r) => r.name)).toEqual([
      'mentions.strict',
      'mentions.lenient',
      'mentions.ORG',
      'mentions.PERSON',
      'mentions.LOC',
      'sentences',
      'linking.pairwise',
      'linking.b3',
      'relations.doc',
      'relations.corpus',
    ]);
  });

  it('derives false positives and false negatives', () => {
    expect(summary.rows[0]).toMatchObject({ tp: 15, pred: 18, gold: 17, fp: 3, fn: 2 });
    expect(summary.rows.find((r) => r.name === 'linking.b3')).toMatchObject({ p: 0.9, tp: null, fp: null, fn: null });
  });

  it('keeps keys that are not scores for the "other fields" panel', () => {
    expect(JSON.parse(summary.extra!)).toEqual({ skipped: { no_predictions: [] } });
    expect(summary.perDoc!.rows.map((r) => r.doc_id)).toEqual(['af/kabul-brief', 'pk/2024-01-quetta']);
  });

  it('copes with an eval.json of unexpected shape', () => {
    expect(summariseEval([1, 2])).toEqual({ docs: null, rows: [], perDoc: null, extra: '[\n  1,\n  2\n]' });
    expect(summariseEval({ docs: 1 })).toEqual({ docs: 1, rows: [], perDoc: null, extra: null });
  });

  it('turns a per_doc list into F1 per document', () => {
    const s = (f1: number) => ({ p: f1, r: f1, f1, tp: 1, pred: 1, gold: 1 });
    const out = summariseEval({
      docs: 2,
      mentions: { strict: s(0.5) },
      per_doc: [
        { doc_id: 'a', mentions: { strict: s(0.9) }, relations: { doc: s(0.7) } },
        { doc_id: 'b', mentions: { strict: s(0.8) } },
      ],
    });
    expect(out.rows.map((r) => r.name)).toEqual(['mentions.strict']);
    expect(out.perDoc).toEqual({
      columns: ['mentions.strict', 'relations.doc'],
      rows: [
        { doc_id: 'a', f1: [0.9, 0.7] },
        { doc_id: 'b', f1: [0.8, null] },
      ],
    });
    expect(out.extra).toBeNull();
  });
});

describe('summariseDiagnostics', () => {
  it('counts by severity and code, fatal first, keeping one example', () => {
    const d = (code: string, severity: Diagnostic['severity'], docId: string): Diagnostic => ({
      code,
      severity,
      stage: 's',
      docId,
      message: `m-${docId}`,
    });
    const out = summariseDiagnostics([d('B', 'info', '1'), d('A', 'warn', '2'), d('B', 'info', '3'), d('C', 'fatal', '4')]);
    expect(out).toEqual({
      total: 4,
      rows: [
        { severity: 'fatal', code: 'C', count: 1, example: '4: m-4' },
        { severity: 'warn', code: 'A', count: 1, example: '2: m-2' },
        { severity: 'info', code: 'B', count: 2, example: '1: m-1' },
      ],
    });
  });
});

describe('summariseEvalErrors', () => {
  const mention = (text: string, type: string) => ({ start: 0, end: text.length, text, type, id: text });
  const records = [
    { kind: 'missed', doc_id: 'd1', start: 0, end: 3, gold: mention('Mao', 'PERSON'), pred: null, context: '… [leader] ⟦Mao⟧ there …' },
    { kind: 'missed', doc_id: 'd2', start: 0, end: 3, gold: mention('Mao', 'PERSON'), pred: null, context: null },
    { kind: 'type', doc_id: 'd1', start: 0, end: 3, gold: mention('Ho Chi Minh', 'PERSON'), pred: mention('Ho Chi Minh', 'LOC'), context: 'x' },
    { kind: 'relation_spurious', doc_id: null, start: null, end: null, pair: ['A', 'B'], docs: ['d1', 'd2'] },
    { kind: 'link_split', doc_id: null, start: null, end: null, entity: 'Mao Zedong', count: 2, parts: [] },
    'not an object',
  ];
  const out = summariseEvalErrors(records);

  it('counts by kind, most frequent first', () => {
    expect(out.total).toBe(6);
    expect(out.kinds.map((k) => [k.kind, k.count])).toEqual([
      ['missed', 2],
      ['link_split', 1],
      ['other', 1],
      ['relation_spurious', 1],
      ['type', 1],
    ]);
  });

  it('labels records by what went wrong and keeps examples with their context', () => {
    const byKind = new Map(out.kinds.map((k) => [k.kind, k]));
    expect(byKind.get('missed')!.top).toEqual([{ label: 'PERSON "Mao"', count: 2 }]);
    expect(byKind.get('missed')!.examples).toEqual([
      { doc: 'd1', text: '… [leader] ⟦Mao⟧ there …' },
      { doc: 'd2', text: 'PERSON "Mao"' },
    ]);
    expect(byKind.get('type')!.top[0]!.label).toBe('"Ho Chi Minh" PERSON → LOC');
    expect(byKind.get('relation_spurious')!.examples[0]).toEqual({ doc: 'd1, d2', text: 'A — B' });
    expect(byKind.get('link_split')!.top[0]!.label).toBe('Mao Zedong');
  });
});
