import { describe, expect, it } from 'vitest';
import { buildNetwork } from '../../src/report/build-network.ts';
import type { MentionRecord, RelationRecord } from '../../src/types/records.ts';
import { readFixture } from './helpers.ts';

const mention = (entity_id: string, text: string, doc_id = 'd1', over: Partial<MentionRecord> = {}): MentionRecord => ({
  doc_id,
  sentence: 0,
  start: 0,
  end: text.length,
  text,
  type: 'ORG',
  entity_id,
  canonical: entity_id.toUpperCase(),
  method: 'exact',
  ...over,
});

describe('buildNetwork', () => {
  it('folds mentions into one row per entity, sorted by id, with distinct aliases', () => {
    const net = buildNetwork(
      [mention('b', 'Bee'), mention('a', 'Ay', 'd2'), mention('a', 'AY', 'd1'), mention('a', 'Ay', 'd1')],
      [],
    );
    expect(net.nodes).toEqual([
      { id: 'a', canonical: 'A', type: 'ORG', mentions: 3, documents: 2, aliases: ['AY', 'Ay'] },
      { id: 'b', canonical: 'B', type: 'ORG', mentions: 1, documents: 1, aliases: ['Bee'] },
    ]);
  });

  it('takes the most frequent canonical and type, ties by code-unit order', () => {
    const net = buildNetwork(
      [
        mention('x', 'x', 'd', { canonical: 'Zeta', type: 'LOC' }),
        mention('x', 'x', 'd', { canonical: 'Alpha', type: 'ORG' }),
        mention('x', 'x', 'd', { canonical: 'Zeta', type: 'ORG' }),
      ],
      [],
    );
    expect(net.nodes[0]).toMatchObject({ canonical: 'Zeta', type: 'ORG' });
  });

  it('sorts edges, orders each pair and derives first/last document', () => {
    const rel = (source: string, target: string, docs: string[]): RelationRecord => ({
      source,
      target,
      sentences: docs.length,
      documents: new Set(docs).size,
      evidence: docs.map((doc_id, i) => ({ doc_id, sentence: i })),
    });
    const net = buildNetwork(
      [mention('a', 'a'), mention('b', 'b'), mention('c', 'c')],
      [rel('b', 'c', ['z', 'm']), rel('b', 'a', ['q', 'é', 'b'])],
    );
    expect(net.edges.map((e) => [e.source, e.target, e.first_doc, e.last_doc, e.sentences])).toEqual([
      ['a', 'b', 'b', 'é', 3],
      ['b', 'c', 'm', 'z', 2],
    ]);
    expect(net.warnings).toEqual([]);
  });

  it('adds a placeholder node, with a warning, for a relation naming an unmentioned entity', () => {
    const net = buildNetwork(
      [mention('a', 'a')],
      [{ source: 'a', target: 'ghost', target_canonical: 'Ghost', sentences: 1, documents: 1, evidence: [] }],
    );
    expect(net.nodes.find((n) => n.id === 'ghost')).toEqual({
      id: 'ghost',
      canonical: 'Ghost',
      type: '',
      mentions: 0,
      documents: 0,
      aliases: [],
    });
    expect(net.edges[0]).toMatchObject({ first_doc: '', last_doc: '' });
    expect(net.warnings).toHaveLength(1);
  });

  it('merges a pair listed twice and warns', () => {
    const ev = (doc_id: string) => [{ doc_id, sentence: 0 }];
    const net = buildNetwork(
      [mention('a', 'a'), mention('b', 'b')],
      [
        { source: 'a', target: 'b', sentences: 1, documents: 1, evidence: ev('m') },
        { source: 'b', target: 'a', sentences: 2, documents: 1, evidence: ev('c') },
      ],
    );
    expect(net.edges).toHaveLength(1);
    expect(net.edges[0]).toMatchObject({ sentences: 3, documents: 2, first_doc: 'c', last_doc: 'm' });
    expect(net.warnings).toHaveLength(1);
  });

  it('gives the fixture 14 nodes and 14 edges', () => {
    const net = buildNetwork(readFixture<MentionRecord>('mentions.jsonl'), readFixture<RelationRecord>('relations.jsonl'));
    expect(net.nodes).toHaveLength(14);
    expect(net.edges).toHaveLength(14);
    expect(net.nodes.find((n) => n.id === 'org:ttp')).toEqual({
      id: 'org:ttp',
      canonical: 'Tehrik-i-Taliban Pakistan',
      type: 'ORG',
      mentions: 3,
      documents: 3,
      aliases: ['TTP', 'Tehreek-e-Taliban Pakistan', 'Tehrik-i-Taliban Pakistan'],
    });
  });
});
