import { describe, expect, it } from 'vitest';
import { createPrng } from '../../src/baselines/synthetic/prng.ts';
import { generateVariants, pickControls, type NameSource } from '../../src/baselines/synthetic/generate-variants.ts';
import { keyboardNeighbours, VARIANT_RULES } from '../../src/baselines/synthetic/variant-rules.ts';
import { buildDocuments } from '../../src/baselines/synthetic/build-documents.ts';
import { scoreSynthetic } from '../../src/baselines/synthetic/score-synthetic.ts';
import type { MentionRecord } from '../../src/types/records.ts';

const SOURCES: NameSource[] = [
  { entityId: 'org/lej', type: 'ORG', name: 'Lashkar-e-Jhangvi' },
  { entityId: 'org/is', type: 'ORG', name: 'Islamic State' },
  { entityId: 'org/aq', type: 'ORG', name: 'al-Qaeda' },
  { entityId: 'loc/quetta', type: 'LOC', name: 'Quetta' },
  { entityId: 'person/azhar', type: 'PERSON', name: 'Masood Azhar' },
];
const rule = (name: string) => VARIANT_RULES.find((r) => r.name === name)!;

describe('the PRNG', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const draw = (seed: number) => {
      const rng = createPrng(seed);
      return Array.from({ length: 5 }, () => rng.next());
    };
    const seq = draw(7);
    expect(draw(7)).toEqual(seq);
    expect(new Set(seq).size).toBe(5);
    expect(draw(8)).not.toEqual(seq);
    expect(seq.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe('variant rules', () => {
  it('every rule changes the name (or declines), never touching the first letter of a word with a typo', () => {
    const rng = createPrng(1);
    for (const r of VARIANT_RULES) {
      for (const s of SOURCES) {
        for (let k = 0; k < 20; k++) {
          const v = r.apply(s.name, rng);
          if (v === null) continue;
          expect(v, `${r.name} on ${s.name}`).not.toBe(s.name);
          if (['keyboard', 'drop', 'double', 'transpose'].includes(r.name)) expect(v[0]).toBe(s.name[0]);
        }
      }
    }
  });
  it('declines where the rule has nothing to work on', () => {
    const rng = createPrng(1);
    expect(rule('separator').apply('Quetta', rng)).toBeNull();
    expect(rule('connector').apply('Islamic State', rng)).toBeNull();
    expect(rule('keyboard').apply('Abu', rng)).toBeNull();
  });
  it('connector swaps only the connector, article adds or swaps a prefix', () => {
    const rng = createPrng(3);
    for (let k = 0; k < 20; k++) {
      expect(rule('connector').apply('Lashkar-e-Jhangvi', rng)).toMatch(/^Lashkar-(i|ul|al|ud|ut)-Jhangvi$/);
      expect(rule('article').apply('al-Qaeda', rng)).toMatch(/^(el-|ul-|Al |El-|)Qaeda$/);
      expect(rule('article').apply('Quetta', rng)).toMatch(/^(al-|Al |el-|Al-)Quetta$/);
    }
  });
  it('keyboard neighbours are adjacent keys', () => {
    expect([...keyboardNeighbours('s')].sort().join('')).toBe('adewxz');
    expect([...keyboardNeighbours('q')].sort().join('')).toBe('aw');
    expect(keyboardNeighbours('1')).toBe('');
  });
});

describe('generateVariants', () => {
  it('is deterministic for a seed, varies with the seed, and takes the rules in turn', () => {
    const a = generateVariants(SOURCES, { seed: 42, count: 90 });
    const b = generateVariants(SOURCES, { seed: 42, count: 90 });
    const c = generateVariants(SOURCES, { seed: 43, count: 90 });
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    expect(a).toHaveLength(90);
    expect(a.slice(0, VARIANT_RULES.length).map((v) => v.rule)).toEqual(VARIANT_RULES.map((r) => r.name));
  });
  it('every variant differs from its original, and no variant repeats for one entity', () => {
    const vs = generateVariants(SOURCES, { seed: 5, count: 200 });
    for (const v of vs) expect(v.variant).not.toBe(v.original);
    expect(new Set(vs.map((v) => `${v.entityId} ${v.variant}`)).size).toBe(vs.length);
  });
  it('honours reject', () => {
    const vs = generateVariants(SOURCES, { seed: 5, count: 50, reject: (v) => v.toLowerCase().includes('q') });
    expect(vs.length).toBe(50);
    expect(vs.some((v) => v.variant.toLowerCase().includes('q'))).toBe(false);
  });
  it('controls are the names unchanged, without repeats', () => {
    const cs = pickControls(SOURCES, 1, 10);
    expect(cs).toHaveLength(SOURCES.length);
    expect(cs.every((c) => c.variant === c.original && c.rule === 'original')).toBe(true);
  });
});

describe('buildDocuments and scoreSynthetic', () => {
  const variants = generateVariants(SOURCES, { seed: 9, count: 30 });
  const docs = buildDocuments(variants, 9);
  it('puts the variant where it says', () => {
    for (const d of docs) expect(d.text.slice(d.start, d.end)).toBe(d.variant.variant);
    expect(buildDocuments(variants, 9)).toEqual(docs);
  });
  it('counts hits, wrong entities, unlinked, misses and spurious mentions', () => {
    const [d0, d1, d2, d3] = docs;
    const m = (d: typeof d0, start: number, end: number, entity_id: string, method: MentionRecord['method'] = 'exact'): MentionRecord => ({ doc_id: d!.doc_id, sentence: 0, start, end, text: d!.text.slice(start, end), type: 'ORG', entity_id, canonical: 'x', method });
    const far = (d: typeof d0) => (d!.start > 5 ? 0 : d!.end + 1);
    const found = new Map<string, MentionRecord[]>([
      [d0!.doc_id, [m(d0, d0!.start, d0!.end, d0!.variant.entityId, 'fuzzy'), m(d0, far(d0), far(d0) + 3, 'loc/other', 'fuzzy')]],
      [d1!.doc_id, [m(d1, d1!.start, d1!.start + 2, 'org/wrong')]],
      [d2!.doc_id, [m(d2, d2!.start, d2!.end, 'ner/org/x', 'ner')]],
      [d3!.doc_id, []],
    ]);
    const s = scoreSynthetic(docs.slice(0, 4), found, (id) => id);
    expect(s.all_variants).toMatchObject({ variants: 4, hit: 1, exact_span: 1, wrong_entity: 1, unlinked: 1, missed: 1, recall: 0.25 });
    expect(s.mentions).toMatchObject({ mentions: 4, correct: 1, wrong_entity: 1, unlinked: 1, spurious: 1, precision: 0.25 });
    expect(s.fuzzy).toMatchObject({ mentions: 2, correct: 1, spurious: 1, precision: 0.5 });
    expect(s.misses.map((x) => x.variant)).toEqual([d1!.variant.variant, d2!.variant.variant, d3!.variant.variant]);
  });
});
