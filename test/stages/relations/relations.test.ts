import { describe, expect, it } from 'vitest';
import { createRelations } from '../../../src/stages/relations/index.ts';
import type { MentionRecord } from '../../../src/types/records.ts';

const m = (doc: string, sentence: number, id: string, type = 'ORG', extra: Partial<MentionRecord> = {}): MentionRecord => ({ doc_id: doc, sentence, start: 0, end: 1, text: id, type, entity_id: id, canonical: id.toUpperCase(), method: 'exact', ...extra });

describe('relations', () => {
  it('counts sentences and documents per unordered pair, with evidence once per sentence', () => {
    const agg = createRelations()();
    agg.addDocument('a', [m('a', 0, 'x'), m('a', 0, 'y'), m('a', 0, 'y'), m('a', 1, 'y'), m('a', 1, 'x')]);
    agg.addDocument('b', [m('b', 3, 'y'), m('b', 3, 'x'), m('b', 4, 'z')]);
    expect(agg.result()).toEqual([{ source: 'x', target: 'y', source_canonical: 'X', target_canonical: 'Y', sentences: 3, documents: 2, evidence: [{ doc_id: 'a', sentence: 0 }, { doc_id: 'a', sentence: 1 }, { doc_id: 'b', sentence: 3 }] }]);
  });
  it('ambiguous mentions and types outside the network join no pair', () => {
    const agg = createRelations()();
    agg.addDocument('a', [m('a', 0, 'x'), m('a', 0, 'media/dawn', 'MEDIA'), m('a', 0, 'ambiguous/j', 'ORG', { ambiguous: ['p', 'q'] })]);
    expect(agg.result()).toEqual([]);
  });
  it('a paragraph window pairs entities of different sentences in one paragraph', () => {
    const agg = createRelations({ window: 'paragraph' })();
    agg.addDocument('a', [m('a', 0, 'x'), m('a', 1, 'y'), m('a', 2, 'z')], (s) => (s < 2 ? 0 : 1));
    expect(agg.result().map((r) => [r.source, r.target, r.evidence])).toEqual([['x', 'y', [{ doc_id: 'a', sentence: 0 }]]]);
  });
  it('rejects an unknown window when configured', () => {
    expect(() => createRelations({ window: 'page' as never })).toThrow(/window must be/);
  });
});
