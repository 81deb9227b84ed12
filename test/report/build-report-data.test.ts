import { describe, expect, it } from 'vitest';
import { buildNetwork } from '../../src/report/build-network.ts';
import { buildReportData, type ReportInput } from '../../src/report/build-report-data.ts';
import { markOffsets } from '../../src/report/build-evidence-sentences.ts';
import { assignTypeColors } from '../../src/report/type-colors.ts';
import type { MentionRecord, RelationRecord, SentenceRecord } from '../../src/types/records.ts';
import { readFixture } from './helpers.ts';

function input(over: Partial<ReportInput> = {}): ReportInput {
  const mentions = readFixture<MentionRecord>('mentions.jsonl');
  const relations = readFixture<RelationRecord>('relations.jsonl');
  const network = buildNetwork(mentions, relations);
  return {
    docIds: readFixture<{ doc_id: string }>('documents.jsonl').map((d) => d.doc_id),
    sentences: readFixture<SentenceRecord>('sentences.jsonl'),
    mentions,
    relations,
    network,
    colors: assignTypeColors(network.nodes.map((n) => n.type)),
    evalJson: null,
    evalErrors: null,
    diagnostics: null,
    maxNodes: 500,
    maxEvidence: 50,
    ...over,
  };
}

describe('buildReportData', () => {
  it('links each node to the sentences that mention it, with highlight marks on the sentence text', () => {
    const data = buildReportData(input());
    const ttp = data.nodes.findIndex((n) => n.id === 'org:ttp');
    expect(data.nodes[ttp]!.evTotal).toBe(3);
    for (const si of data.nodes[ttp]!.ev) {
      const s = data.sentences[si]!;
      const own = s.marks.filter((m) => m[2] === ttp).map((m) => s.text.slice(m[0], m[1]));
      expect(own.length).toBe(1);
      expect(['TTP', 'Tehreek-e-Taliban Pakistan', 'Tehrik-i-Taliban Pakistan']).toContain(own[0]);
    }
  });

  it('gives an edge its relation evidence, both ends marked', () => {
    const data = buildReportData(input());
    const edge = data.edges.find((e) => data.nodes[e.s]!.id === 'org:iskp' && data.nodes[e.t]!.id === 'org:taliban')!;
    expect(edge.evTotal).toBe(2);
    for (const si of edge.ev) {
      const marked = new Set(data.sentences[si]!.marks.map((m) => m[2]));
      expect(marked.has(edge.s) && marked.has(edge.t)).toBe(true);
    }
  });

  it('caps evidence per node and edge but keeps the total', () => {
    const data = buildReportData(input({ maxEvidence: 1 }));
    const ttp = data.nodes.find((n) => n.id === 'org:ttp')!;
    expect(ttp.ev).toHaveLength(1);
    expect(ttp.evTotal).toBe(3);
    expect(data.sentences.length).toBeLessThan(10);
  });

  it('counts entities and mentions per type, most mentioned first', () => {
    const data = buildReportData(input());
    expect(data.types.map((t) => [t.type, t.entities, t.mentions])).toEqual([
      ['ORG', 7, 13],
      ['LOC', 4, 5],
      ['PERSON', 3, 3],
    ]);
    expect(data.summary).toEqual({ documents: 3, sentences: 10, mentions: 21, entities: 14, relations: 14 });
  });

  it('warns about evidence whose sentence is missing, and shows it empty', () => {
    const data = buildReportData(input({ sentences: [] }));
    expect(data.sentences.every((s) => s.text === '' && s.marks.length === 0)).toBe(true);
    expect(data.warnings.some((w) => w.includes('not in sentences.jsonl'))).toBe(true);
  });
});

describe('markOffsets', () => {
  const s: SentenceRecord = { doc_id: 'd', index: 0, start: 100, end: 120, text: 'ISKP and ISKP again', paragraph: 0 };
  const m = (start: number, text: string) => ({ start, text }) as MentionRecord;
  it('uses the mention offsets when they agree with the sentence text', () => {
    expect(markOffsets(s, m(109, 'ISKP'))).toEqual([9, 13]);
  });
  it('falls back to the first occurrence, else to nothing', () => {
    expect(markOffsets(s, m(5, 'ISKP'))).toEqual([0, 4]);
    expect(markOffsets(s, m(100, 'TTP'))).toBeNull();
  });
});
