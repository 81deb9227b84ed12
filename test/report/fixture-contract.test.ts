import { describe, expect, it } from 'vitest';
import type { MentionRecord, RelationRecord, SentenceRecord } from '../../src/types/records.ts';
import { readFixture } from './helpers.ts';

// The hand-made fixture must itself satisfy CONTRACT.md, or the report tests prove nothing.
describe('report fixture satisfies the stage-file contract', () => {
  const docs = readFixture<{ doc_id: string; chars: number; text: string; offsets: unknown }>('documents.jsonl');
  const sentences = readFixture<SentenceRecord>('sentences.jsonl');
  const mentions = readFixture<MentionRecord>('mentions.jsonl');
  const relations = readFixture<RelationRecord>('relations.jsonl');
  const text = new Map(docs.map((d) => [d.doc_id, d.text])); // normalisation is the identity here

  it('has the hostile document', () => {
    const hostile = docs.find((d) => /\s/.test(d.doc_id) && /[^\x00-\x7F]/.test(d.doc_id));
    expect(hostile?.text).toContain('<script>alert(1)</script>');
    expect(hostile?.text).toContain('<img src=x onerror=alert(1)>');
    expect(mentions.some((m) => m.text.startsWith('=HYPERLINK('))).toBe(true);
  });

  it('sentence and mention offsets slice the original text', () => {
    for (const d of docs) expect(d.chars).toBe(d.text.length);
    for (const s of sentences) expect(text.get(s.doc_id)!.slice(s.start, s.end)).toBe(s.text);
    for (const m of mentions) {
      expect(text.get(m.doc_id)!.slice(m.start, m.end)).toBe(m.text);
      const s = sentences.find((x) => x.doc_id === m.doc_id && x.index === m.sentence)!;
      expect(m.start >= s.start && m.end <= s.end).toBe(true);
    }
  });

  it('relations are ordered pairs whose counts match their evidence', () => {
    for (const r of relations) {
      expect(r.source < r.target).toBe(true);
      expect(r.sentences).toBe(r.evidence.length);
      expect(r.documents).toBe(new Set(r.evidence.map((e) => e.doc_id)).size);
      for (const e of r.evidence) {
        const ids = mentions.filter((m) => m.doc_id === e.doc_id && m.sentence === e.sentence).map((m) => m.entity_id);
        expect(ids).toContain(r.source);
        expect(ids).toContain(r.target);
      }
    }
  });
});
