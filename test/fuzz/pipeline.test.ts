/**
 * Property-based fuzzing of the whole pipeline with a fixed seed (CI). Long runs with other seeds:
 * `npm run fuzz -- --runs 10000 [--seed S] [--ner]`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseArb } from './case-arb.ts';
import { checkCase, checkEquivalentForms, checkOutput, equivalentForm, runCase, setRecogniser, type FuzzCase } from './check-pipeline.ts';
import { normaliseText } from '../../src/stages/normalise/normalise-text.ts';
import { createRecogniser } from '../../src/stages/mentions/recognise/index.ts';
import type { Recognise } from '../../src/stages/mentions/index.ts';

const SEED = 20240611;

describe('whole pipeline on random gazetteers and hostile text (property-based)', () => {
  it('no crash; offsets slice the original; sentences and mentions ordered and disjoint; relations as the mentions imply; reruns identical', () => {
    fc.assert(fc.property(caseArb(false), checkCase), { numRuns: 300, seed: SEED });
  });

  it('the same with the fallback recogniser on', () => {
    setRecogniser(createRecogniser() as Recognise);
    fc.assert(fc.property(caseArb(true), checkCase), { numRuns: 40, seed: SEED + 1 });
  });
});

/** A case whose output has mentions and relations, to show that the checks catch broken output. */
const KNOWN: FuzzCase = {
  entries: [
    { id: 'org/lashkar', type: 'ORG', canonical: 'Lashkar-e-Jhangvi', acronyms: ['LeJ'] },
    { id: 'loc/quetta', type: 'LOC', canonical: 'Quetta' },
    { id: 'person/khalid', type: 'PERSON', canonical: 'Khalid Khurasani' },
  ],
  docs: [
    { doc_id: 'a', original: 'Lashkar-e-Jhangvi struck in Quetta.\r\nKhalid Khurasani left Quetta. LeJ denied it.' },
    { doc_id: 'b', original: '\uFEFFIn Quetta, Lashkar i Jhangvi\u2019s men met Khalid Khurasani\u2026 Then they left.' },
  ],
  window: 'sentence',
  fuzzy: true,
  variants: true,
  learn: true,
  ner: false,
  noise: 1,
};

describe('the fuzz checks can fail', () => {
  const clean = (): ReturnType<typeof runCase> => runCase(KNOWN);

  it('passes on the real output, which has mentions and relations', () => {
    const out = clean();
    expect(out.docs[0]!.mentions.length).toBeGreaterThanOrEqual(4);
    expect(out.relations.length).toBeGreaterThanOrEqual(2);
    expect(() => checkCase(KNOWN)).not.toThrow();
  });

  it('catches a mention whose offsets do not slice its text', () => {
    const out = clean();
    out.docs[0]!.mentions[0]!.start += 1;
    expect(() => checkOutput(KNOWN, out)).toThrow(/slice/);
  });

  it('catches overlapping sentences', () => {
    const out = clean();
    const [s0, s1] = out.docs[0]!.sentences;
    s1!.start = s0!.end - 1;
    s1!.text = KNOWN.docs[0]!.original.slice(s1!.start, s1!.end);
    expect(() => checkOutput(KNOWN, out)).toThrow(/overlaps/);
  });

  it('catches a mention outside its sentence', () => {
    const out = clean();
    const m = out.docs[0]!.mentions.at(-1)!;
    m.sentence = 0;
    expect(() => checkOutput(KNOWN, out)).toThrow(/outside its sentence/);
  });

  it('catches unsorted mentions', () => {
    const out = clean();
    out.docs[0]!.mentions.reverse();
    expect(() => checkOutput(KNOWN, out)).toThrow(/overlap or are not sorted/);
  });

  it('catches a wrong relation count, a missing pair and missing evidence', () => {
    const a = clean();
    a.relations[0]!.sentences += 1;
    expect(() => checkOutput(KNOWN, a)).toThrow(/relations differ/);
    const b = clean();
    b.relations.pop();
    expect(() => checkOutput(KNOWN, b)).toThrow(/relations differ/);
    const c = clean();
    c.relations[0]!.evidence.pop();
    expect(() => checkOutput(KNOWN, c)).toThrow(/relations differ/);
  });

  it('catches a span that cuts a surrogate pair', () => {
    const astral: FuzzCase = { ...KNOWN, docs: [{ doc_id: 'x', original: 'Quetta \u{1D400}x. Quetta.' }] };
    const out = runCase(astral);
    const s = out.docs[0]!.sentences[0]!;
    s.end = 8;
    s.text = astral.docs[0]!.original.slice(s.start, s.end);
    expect(() => checkOutput(astral, out)).toThrow(/surrogate/);
  });

  it('catches a mention whose span covers other words than its alias', () => {
    const out = clean();
    const m = out.docs[0]!.mentions.find((x) => x.entity_id === 'org/lashkar')!;
    m.alias = 'Quetta';
    expect(() => checkOutput(KNOWN, out)).toThrow(/does not key like its alias/);
  });

  it('catches an equivalent form (line ends, spaces, quotes, zero-width, BOM ...) that gives other mentions', () => {
    const plain = 'Lashkar-e-Jhangvi struck in Quetta.\nKhalid Khurasani left Quetta. LeJ denied it.';
    const alt = equivalentForm(plain, 3);
    expect(alt).not.toBe(plain);
    expect(alt).not.toContain('\n');
    expect(normaliseText(alt).text).toBe(normaliseText(plain).text);
    expect(() => checkEquivalentForms(KNOWN)).not.toThrow();
    const dropOne = (c: FuzzCase): ReturnType<typeof runCase> => {
      const o = runCase(c);
      o.docs[0]!.mentions.pop();
      return o;
    };
    expect(() => checkEquivalentForms(KNOWN, clean(), dropOne)).toThrow(/equivalent form/);
  });
});
