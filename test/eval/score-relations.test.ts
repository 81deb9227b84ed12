import { describe, expect, it } from 'vitest';
import {
  cooccurrencePairs,
  goldNode,
  mapPredictedIds,
  pairKey,
  predNode,
  resolveId,
  scoreRelations,
} from '../../src/eval/score-relations.ts';

describe('mapPredictedIds', () => {
  it('maps an id to the gold entity most of its matched mentions belong to', () => {
    const map = mapPredictedIds([
      { gold: 'Pakistani Taliban', pred: 'taliban' },
      { gold: 'Afghan Taliban', pred: 'taliban' },
      { gold: 'Afghan Taliban', pred: 'taliban' },
    ]);
    expect(map.get('taliban')).toBe(goldNode('Afghan Taliban'));
  });

  it('breaks a tie by the first shared mention in corpus order', () => {
    expect(mapPredictedIds([{ gold: 'B', pred: 'x' }, { gold: 'A', pred: 'x' }]).get('x')).toBe(goldNode('B'));
    expect(mapPredictedIds([{ gold: 'A', pred: 'x' }, { gold: 'B', pred: 'x' }]).get('x')).toBe(goldNode('A'));
  });

  it('leaves ids without matched mentions distinct', () => {
    const map = mapPredictedIds([{ gold: 'A', pred: 'x' }]);
    expect(resolveId(map, 'x')).toBe(goldNode('A'));
    expect(resolveId(map, 'unmatched')).toBe(predNode('unmatched'));
    expect(resolveId(map, 'unmatched')).not.toBe(goldNode('unmatched'));
  });
});

describe('cooccurrencePairs', () => {
  it('pairs different nodes of one sentence, never a node with itself', () => {
    const pairs = cooccurrencePairs([['A', 'B', 'A'], ['C'], ['B', 'A']]);
    expect([...pairs]).toEqual([pairKey('A', 'B')]);
    expect(pairKey('B', 'A')).toBe(pairKey('A', 'B'));
  });

  it('collapses two ids mapped to the same gold entity', () => {
    const map = mapPredictedIds([{ gold: 'A', pred: 'x' }, { gold: 'A', pred: 'y' }]);
    expect(cooccurrencePairs([['x', 'y'].map((id) => resolveId(map, id))]).size).toBe(0);
  });
});

describe('scoreRelations', () => {
  it('sums per-document sets for doc and compares unions for corpus', () => {
    const ab = pairKey('A', 'B');
    const ac = pairKey('A', 'C');
    const docs = [
      { gold: new Set([ab]), pred: new Set([ab, ac]) },
      { gold: new Set([ab]), pred: new Set<string>() },
    ];
    const { doc, corpus } = scoreRelations(docs);
    expect(doc).toEqual({ p: 0.5, r: 0.5, f1: 0.5, tp: 1, pred: 2, gold: 2 });
    expect(corpus).toEqual({ p: 0.5, r: 1, f1: 0.6667, tp: 1, pred: 2, gold: 1 });
  });
});
