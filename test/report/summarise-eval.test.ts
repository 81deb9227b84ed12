import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { summariseDiagnostics } from '../../src/report/summarise-diagnostics.ts';
import { summariseEval } from '../../src/report/summarise-eval.ts';
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
    expect(JSON.parse(summary.extra!)).toEqual({ errors: (evalJson as { errors: unknown }).errors });
  });

  it('copes with an eval.json of unexpected shape', () => {
    expect(summariseEval([1, 2])).toEqual({ docs: null, rows: [], extra: '[\n  1,\n  2\n]' });
    expect(summariseEval({ docs: 1 })).toEqual({ docs: 1, rows: [], extra: null });
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
