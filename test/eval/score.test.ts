import { describe, expect, it } from 'vitest';
import { scoreRun } from '../../src/eval/score.ts';
import type { PredMention, PredSentence } from '../../src/eval/types.ts';
import type { GoldDoc } from '../../src/types/records.ts';
import { loadFixture } from './fixture.ts';

/*
 * Fixture (test/fixtures/eval), d1 = "Lashkar-e-Jhangvi attacked Quetta. Rumsfeld met LeJ in Quetta."
 * gold d1: ORG Lashkar-e-Jhangvi, LOC Quetta | PERSON Rumsfeld, ORG LeJ (same entity), LOC Quetta
 * pred d1: exact, exact | PERSON "Rumsfeld met" (boundary), ORG LeJ with another id (split),
 *          ORG Quetta (type error), MISC Jhangvi (ignored); predicted sentences end at 34, 45, 62
 * gold d2: LOC Quetta, no predictions. pred d3: no gold file (ignored).
 */
describe('scoreRun on the fixture', () => {
  const report = scoreRun(loadFixture());

  it('counts strict and lenient mentions over gold documents only', () => {
    expect(report.docs).toBe(2);
    expect(report.mentions.strict).toEqual({ p: 0.6, r: 0.5, f1: 0.5455, tp: 3, pred: 5, gold: 6 });
    expect(report.mentions.lenient).toEqual({ p: 0.8, r: 0.6667, f1: 0.7273, tp: 4, pred: 5, gold: 6 });
  });

  it('counts per type (strict in the contract keys, lenient in lenient_by_type)', () => {
    expect(report.mentions.ORG).toEqual({ p: 0.6667, r: 1, f1: 0.8, tp: 2, pred: 3, gold: 2 });
    expect(report.mentions.PERSON).toEqual({ p: 0, r: 0, f1: 0, tp: 0, pred: 1, gold: 1 });
    expect(report.mentions.LOC).toEqual({ p: 1, r: 0.3333, f1: 0.5, tp: 1, pred: 1, gold: 3 });
    expect(report.lenient_by_type.PERSON).toEqual({ p: 1, r: 1, f1: 1, tp: 1, pred: 1, gold: 1 });
  });

  it('scores sentence ends', () => {
    expect(report.sentences).toEqual({ p: 0.6667, r: 0.6667, f1: 0.6667, tp: 2, pred: 3, gold: 3 });
  });

  it('scores linking over strictly matched mentions (LeJ split over two ids)', () => {
    expect(report.linking.pairwise).toEqual({ p: 0, r: 0, f1: 0, tp: 0, pred: 0, gold: 1 });
    expect(report.linking.b3).toEqual({ p: 1, r: 0.6667, f1: 0.8 });
  });

  it('scores relations from sentences, with ids mapped to gold entities', () => {
    // gold {LeJ–Quetta, LeJ–Rumsfeld, Quetta–Rumsfeld}; predicted: lej2 maps to LeJ, so
    // sentences 0 and 2 both give LeJ–Quetta; Rumsfeld is alone in predicted sentence 1
    expect(report.relations.doc).toEqual({ p: 1, r: 0.3333, f1: 0.5, tp: 1, pred: 1, gold: 3 });
    expect(report.relations.corpus).toEqual({ p: 1, r: 0.3333, f1: 0.5, tp: 1, pred: 1, gold: 3 });
  });

  it('reports what it skipped', () => {
    expect(report.skipped).toEqual({
      no_predictions: ['d2'],
      no_gold_sentences: [],
      predicted_docs_without_gold: 1,
      ignored_types: { MISC: 1 },
    });
    expect(report.per_doc.map((d) => d.doc_id)).toEqual(['d1', 'd2']);
    expect(report.per_doc[1]!.mentions.strict).toEqual({ p: 0, r: 0, f1: 0, tp: 0, pred: 0, gold: 1 });
  });

  it('keeps the contract key order', () => {
    expect(Object.keys(report).slice(0, 5)).toEqual(['docs', 'mentions', 'sentences', 'linking', 'relations']);
    expect(Object.keys(report.mentions)).toEqual(['strict', 'lenient', 'ORG', 'PERSON', 'LOC']);
    expect(Object.keys(report.mentions.strict)).toEqual(['p', 'r', 'f1', 'tp', 'pred', 'gold']);
  });
});

const text = 'Mullah Omar and the Afghan Taliban met TTP and Pakistani Taliban men.';
const span = (s: string): { start: number; end: number; text: string } => {
  const start = text.indexOf(s);
  return { start, end: start + s.length, text: s };
};
const gold: GoldDoc = {
  doc_id: 'a',
  sentences: [{ start: 0, end: text.length }],
  mentions: [
    { ...span('Mullah Omar'), type: 'PERSON', canonical: 'Mullah Omar' },
    { ...span('Afghan Taliban'), type: 'ORG', canonical: 'Afghan Taliban' },
    { ...span('TTP'), type: 'ORG', canonical: 'Pakistani Taliban' },
    { ...span('Pakistani Taliban'), type: 'ORG', canonical: 'Pakistani Taliban' },
  ],
};
const sentence: PredSentence = { doc_id: 'a', index: 0, start: 0, end: text.length };
const pred = (s: string, type: string, entity_id: string): PredMention => ({
  doc_id: 'a', sentence: 0, ...span(s), type, entity_id,
});

describe('scoreRun on small cases', () => {
  it('gives zero scores and full gold counts for empty predictions', () => {
    const r = scoreRun({ gold: [gold], sentences: [], mentions: [] });
    expect(r.mentions.strict).toEqual({ p: 0, r: 0, f1: 0, tp: 0, pred: 0, gold: 4 });
    expect(r.sentences).toEqual({ p: 0, r: 0, f1: 0, tp: 0, pred: 0, gold: 1 });
    expect(r.relations.doc.gold).toBe(3);
    expect(r.skipped.no_predictions).toEqual(['a']);
  });

  it('scores nothing when no document has gold', () => {
    const r = scoreRun({ gold: [], sentences: [sentence], mentions: [pred('TTP', 'ORG', 'ttp')] });
    expect(r.docs).toBe(0);
    expect(r.mentions.strict.pred).toBe(0);
    expect(r.skipped.predicted_docs_without_gold).toBe(1);
  });

  it('merges two gold entities into one id: linking and relations see it', () => {
    // one id "taliban" for both Taliban groups; "ttp" for TTP
    const mentions = [
      pred('Mullah Omar', 'PERSON', 'omar'),
      pred('Afghan Taliban', 'ORG', 'taliban'),
      pred('TTP', 'ORG', 'ttp'),
      pred('Pakistani Taliban', 'ORG', 'taliban'),
    ];
    const r = scoreRun({ gold: [gold], sentences: [sentence], mentions });
    // gold pairs: (TTP, Pakistani Taliban) = 1; predicted pairs: (Afghan, Pakistani) = 1; tp 0
    expect(r.linking.pairwise).toEqual({ p: 0, r: 0, f1: 0, tp: 0, pred: 1, gold: 1 });
    // P: 1 + 1/2 + 1 + 1/2 = 3 → 0.75; R: 1 + 1 + 1/2 + 1/2 = 3 → 0.75
    expect(r.linking.b3).toEqual({ p: 0.75, r: 0.75, f1: 0.75 });
    // "taliban": 1 Afghan, 1 Pakistani → tie → Afghan Taliban (first); ttp → Pakistani Taliban.
    // predicted nodes {Omar, Afghan, Pakistani} = gold nodes → all 3 pairs right
    expect(r.relations.doc).toEqual({ p: 1, r: 1, f1: 1, tp: 3, pred: 3, gold: 3 });
  });

  it('maps an id by majority when it covers more mentions of one entity', () => {
    const mentions = [
      pred('Afghan Taliban', 'ORG', 'taliban'),
      pred('TTP', 'ORG', 'taliban'),
      pred('Pakistani Taliban', 'ORG', 'taliban'),
    ];
    const r = scoreRun({ gold: [gold], sentences: [sentence], mentions });
    // "taliban" → Pakistani Taliban (2 of 3); predicted nodes: just one → no pairs
    expect(r.relations.doc).toEqual({ p: 0, r: 0, f1: 0, tp: 0, pred: 0, gold: 3 });
    expect(r.linking.b3).toEqual({ p: 0.5556, r: 1, f1: 0.7143 });
  });

  it('ids matching no gold mention stay distinct nodes', () => {
    const mentions = [pred('Mullah Omar', 'PERSON', 'omar'), pred('Afghan', 'LOC', 'afg'), pred('met', 'ORG', 'ghost')];
    const r = scoreRun({ gold: [gold], sentences: [sentence], mentions });
    // omar → Mullah Omar; afg (no strict match) and ghost stay themselves → 3 predicted pairs, none gold
    expect(r.relations.doc).toEqual({ p: 0, r: 0, f1: 0, tp: 0, pred: 3, gold: 3 });
  });

  it('leaves a gold file without sentences out of sentence and relation scores', () => {
    const r = scoreRun({ gold: [{ ...gold, sentences: [] }], sentences: [sentence], mentions: [pred('TTP', 'ORG', 'ttp')] });
    expect(r.sentences).toEqual({ p: 0, r: 0, f1: 0, tp: 0, pred: 0, gold: 0 });
    expect(r.relations.doc.gold).toBe(0);
    expect(r.skipped.no_gold_sentences).toEqual(['a']);
    expect(r.mentions.strict.tp).toBe(1);
  });

  it('throws on a doc_id given twice', () => {
    expect(() => scoreRun({ gold: [gold, gold], sentences: [], mentions: [] })).toThrow(/two gold documents/);
  });
});
