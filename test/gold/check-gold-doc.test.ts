import { describe, expect, it } from 'vitest';
import { checkCanonicals } from '../../src/gold/check-canonicals.ts';
import { checkGoldDoc, type GoldDocContext } from '../../src/gold/check-gold-doc.ts';
import { parseGoldShape } from '../../src/gold/gold-shape.ts';
import type { GoldDoc } from '../../src/types/records.ts';

const text = 'TTP attacked Quetta. Mullah Omar spoke.';
//            0   4        13    19 21          33   38
const ctx: GoldDocContext = { file: 'gold/a.json', expectedDocId: 'a', text, requireSentences: true };
const good = (): GoldDoc => ({
  doc_id: 'a',
  sentences: [{ start: 0, end: 20 }, { start: 21, end: 39 }],
  mentions: [
    { start: 0, end: 3, text: 'TTP', type: 'ORG', canonical: 'Tehrik-e-Taliban Pakistan' },
    { start: 13, end: 19, text: 'Quetta', type: 'LOC', canonical: 'Quetta' },
    { start: 21, end: 32, text: 'Mullah Omar', type: 'PERSON', canonical: 'Mullah Omar' },
  ],
});
const codes = (doc: GoldDoc, c: Partial<GoldDocContext> = {}): string[] => checkGoldDoc(doc, { ...ctx, ...c }).map((d) => d.code);

describe('checkGoldDoc', () => {
  it('accepts a correct document', () => {
    expect(checkGoldDoc(good(), ctx)).toEqual([]);
  });

  it('rejects a doc_id that does not match the file name, or escapes the folder', () => {
    expect(codes({ ...good(), doc_id: 'b' })).toEqual(['GOLD_DOC_ID']);
    expect(codes({ ...good(), doc_id: '../../etc/passwd' })).toEqual(['GOLD_DOC_ID']);
  });

  it('names the span and where the text really is when a slice differs', () => {
    const doc = good();
    doc.mentions[1] = { ...doc.mentions[1]!, start: 12, end: 18 };
    const [d] = checkGoldDoc(doc, ctx);
    expect(d).toMatchObject({ code: 'GOLD_SPAN_TEXT', severity: 'fatal', file: 'gold/a.json', start: 12, end: 18 });
    expect(d!.message).toContain('the text there is " Quett"');
    expect(d!.fix).toBe('"Quetta" occurs at 13–19 (+1); set start=13, end=19');
  });

  it('recognises code-point offsets', () => {
    const t = '𝕏 TTP.';
    const doc: GoldDoc = { doc_id: 'a', sentences: [{ start: 0, end: 7 }], mentions: [{ start: 2, end: 5, text: 'TTP', type: 'ORG', canonical: 'TTP' }] };
    const [d] = checkGoldDoc(doc, { ...ctx, text: t });
    expect(d!.fix).toMatch(/count code points/);
  });

  it('rejects bad types and spans out of range', () => {
    const doc = good();
    doc.mentions[0] = { ...doc.mentions[0]!, type: 'GPE' };
    doc.mentions[2] = { ...doc.mentions[2]!, start: 30, end: 99 };
    expect(codes(doc)).toEqual(['GOLD_TYPE', 'GOLD_SPAN_RANGE', 'GOLD_MENTION_SENTENCE']);
  });

  it('rejects unsorted and overlapping mentions', () => {
    const doc = good();
    doc.mentions = [doc.mentions[1]!, doc.mentions[0]!, doc.mentions[2]!];
    expect(codes(doc)).toEqual(['GOLD_ORDER']);
    const nested = good();
    nested.mentions.splice(2, 0, { start: 21, end: 27, text: 'Mullah', type: 'PERSON', canonical: 'Mullah Omar' });
    expect(codes(nested)).toEqual(['GOLD_OVERLAP']);
  });

  it('rejects overlapping sentences and a mention crossing a sentence end', () => {
    const doc = good();
    doc.sentences = [{ start: 0, end: 35 }, { start: 21, end: 39 }];
    // "Mullah Omar" (21–32) lies inside both
    expect(codes(doc)).toEqual(['GOLD_OVERLAP', 'GOLD_MENTION_SENTENCE']);
    doc.sentences = [{ start: 0, end: 25 }, { start: 25, end: 39 }];
    // … and now inside neither
    expect(checkGoldDoc(doc, ctx).map((d) => d.message)).toEqual(['mentions[2] 21–32 "Mullah Omar" lies inside 0 sentences, not exactly one']);
  });

  it('makes an empty sentence list an error for gold:check, a warning for import', () => {
    const doc = { ...good(), sentences: [] };
    expect(checkGoldDoc(doc, ctx).map((d) => [d.code, d.severity])).toEqual([['GOLD_NO_SENTENCES', 'fatal']]);
    expect(checkGoldDoc(doc, { ...ctx, requireSentences: false }).map((d) => [d.code, d.severity])).toEqual([['GOLD_NO_SENTENCES', 'warn']]);
  });

  it('warns about whitespace at edges and text outside sentences', () => {
    const doc = good();
    doc.sentences = [{ start: 0, end: 21 }];
    doc.mentions = doc.mentions.slice(0, 2);
    const ds = checkGoldDoc(doc, ctx);
    expect(ds.map((d) => [d.code, d.severity])).toEqual([
      ['GOLD_SENTENCE_WHITESPACE', 'warn'],
      ['GOLD_TEXT_OUTSIDE_SENTENCES', 'warn'],
    ]);
    expect(ds[1]).toMatchObject({ start: 21, end: 39 });
  });
});

describe('parseGoldShape', () => {
  it('names each field that has the wrong shape', () => {
    const r = parseGoldShape({ doc_id: 3, sentences: [{ start: 0 }], mentions: [{ start: 0, end: 1, text: 'x', type: 'ORG' }] }, 'f.json');
    expect('diagnostics' in r && r.diagnostics.map((d) => d.message)).toEqual([
      '"doc_id" must be a string',
      'sentences[0].end must be an integer (found undefined)',
      'mentions[0].canonical must be a string',
    ]);
  });

  it('returns the document with a fixed key order', () => {
    const r = parseGoldShape({ mentions: [], sentences: [{ end: 2, start: 0 }], doc_id: 'a', extra: 1 }, 'f.json');
    expect(r).toEqual({ doc: { doc_id: 'a', sentences: [{ start: 0, end: 2 }], mentions: [] } });
    expect('doc' in r && Object.keys(r.doc)).toEqual(['doc_id', 'sentences', 'mentions']);
  });
});

describe('checkCanonicals', () => {
  it('rejects one canonical with two types and warns about look-alike spellings', () => {
    const a = good();
    const b: GoldDoc = { ...good(), mentions: [{ start: 13, end: 19, text: 'Quetta', type: 'ORG', canonical: 'Quetta' }, { start: 0, end: 3, text: 'TTP', type: 'ORG', canonical: 'Tehrik-e-Taliban-Pakistan' }] };
    const ds = checkCanonicals([{ file: 'gold/a.json', doc: a }, { file: 'gold/b.json', doc: b }]);
    expect(ds.map((d) => [d.code, d.severity])).toEqual([['GOLD_CANONICAL_TYPE', 'fatal'], ['GOLD_CANONICAL_VARIANT', 'warn']]);
    expect(ds[0]!.message).toBe('canonical "Quetta" has several types: LOC ×1 (first at gold/a.json@13), ORG ×1 (first at gold/b.json@13)');
  });
});
