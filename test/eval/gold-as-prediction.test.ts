/**
 * End-to-end sanity check on the real gold: the gold itself, turned into predictions, scores 1
 * everywhere, whatever the ids are called; a predicted sentence split and a renamed id move the
 * scores the expected way. Skipped only while gold/ has no gold files.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scoreRun } from '../../src/eval/score.ts';
import type { PredMention, PredSentence } from '../../src/eval/types.ts';
import { checkGold } from '../../src/gold/check-gold.ts';
import type { GoldDoc } from '../../src/types/records.ts';

const GOLD = fileURLToPath(new URL('../../gold/', import.meta.url));
const gold: GoldDoc[] = existsSync(GOLD) ? checkGold({ goldDir: GOLD, corpusDir: null }).docs.map((f) => f.doc) : [];

function asPrediction(docs: GoldDoc[], id: (canonical: string) => string): { sentences: PredSentence[]; mentions: PredMention[] } {
  const sentences: PredSentence[] = [];
  const mentions: PredMention[] = [];
  for (const d of docs) {
    d.sentences.forEach((s, index) => sentences.push({ doc_id: d.doc_id, index, start: s.start, end: s.end }));
    for (const m of d.mentions) {
      const sentence = d.sentences.findIndex((s) => s.start <= m.start && m.end <= s.end);
      mentions.push({ doc_id: d.doc_id, sentence, start: m.start, end: m.end, text: m.text, type: m.type, entity_id: id(m.canonical) });
    }
  }
  return { sentences, mentions };
}

const perfect = { p: 1, r: 1, f1: 1 };

describe('real gold scored against itself', () => {
  it.skipIf(gold.length === 0)('scores 1 on every metric, with ids spelled differently from canonicals', () => {
    const r = scoreRun({ gold, ...asPrediction(gold, (c) => `id-${[...c].reverse().join('')}`) });
    expect(r.docs).toBe(gold.length);
    for (const s of [r.mentions.strict, r.mentions.lenient, r.sentences, r.linking.pairwise, r.relations.doc, r.relations.corpus]) {
      expect(s).toMatchObject(perfect);
    }
    expect(r.linking.b3).toEqual(perfect);
    expect(r.mentions.strict.gold).toBe(gold.reduce((n, d) => n + d.mentions.length, 0));
  });

  it.skipIf(gold.length === 0)('loses linking precision, and every relation, when all mentions share one id', () => {
    const r = scoreRun({ gold, ...asPrediction(gold, () => 'one-id') });
    expect(r.mentions.strict.f1).toBe(1);
    expect(r.linking.b3.r).toBe(1);
    expect(r.linking.b3.p).toBeLessThan(1);
    expect(r.linking.pairwise.r).toBe(1);
    expect(r.relations.doc.pred).toBe(0);
  });
});
