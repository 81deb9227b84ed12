import { describe, expect, it } from 'vitest';
import { createRecogniser } from '../../../../src/stages/mentions/recognise/index.ts';
import { find, naiveSentences } from './helpers.ts';

const TEXT = [
  'Militants Regroup Near Border',
  '',
  'PESHAWAR: Commander Hafiz Gul Bahadur said on Monday that fighters of the Tehrik-e-Taliban Pakistan (TTP)',
  'had moved from Datta Khel to Mir Ali, in North Waziristan. The TTP denied it, according to The News.',
  'A spokesman, Ihsanullah Ihsan, said Jamaat-ul-Ahrar and Lashkar-e-Islam were not involved.',
].join('\n');

describe('recogniser contract', () => {
  const recognise = createRecogniser();
  const input = { text: TEXT, sentences: naiveSentences(TEXT), taken: [] as Array<[number, number]> };

  it('returns candidates sorted, not overlapping, inside the text, with scores in 0..1', () => {
    const out = recognise(input);
    expect(out.length).toBeGreaterThan(5);
    for (let i = 0; i < out.length; i += 1) {
      const c = out[i];
      expect(c.start).toBeGreaterThanOrEqual(0);
      expect(c.end).toBeLessThanOrEqual(TEXT.length);
      expect(c.start).toBeLessThan(c.end);
      expect(c.score).toBeGreaterThanOrEqual(0);
      expect(c.score).toBeLessThanOrEqual(1);
      expect(['ORG', 'PERSON', 'LOC']).toContain(c.type);
      expect(c.cue.length).toBeGreaterThan(0);
      if (i > 0) expect(out[i - 1].end).toBeLessThanOrEqual(c.start);
    }
  });

  it('is deterministic', () => {
    expect(recognise(input)).toEqual(recognise(input));
    expect(createRecogniser()(input)).toEqual(recognise(input));
  });

  it('never overlaps a taken span, and still finds the rest', () => {
    const s = TEXT.indexOf('Jamaat-ul-Ahrar');
    const t = TEXT.indexOf('Gul Bahadur');
    const taken: Array<[number, number]> = [[s, s + 'Jamaat-ul-Ahrar'.length], [t, t + 'Gul Bahadur'.length]];
    const out = recognise({ ...input, taken });
    for (const c of out) for (const [a, b] of taken) expect(c.end <= a || c.start >= b).toBe(true);
    expect(out.map((c) => TEXT.slice(c.start, c.end))).toContain('Lashkar-e-Islam');
  });

  it('honours minScore and types', () => {
    const all = recognise(input);
    const strict = createRecogniser({ minScore: 0.85 })(input);
    expect(strict.length).toBeLessThan(all.length);
    expect(strict.every((c) => c.score >= 0.85)).toBe(true);
    const orgs = createRecogniser({ types: ['ORG'] })(input);
    expect(orgs.length).toBeGreaterThan(0);
    expect(orgs.every((c) => c.type === 'ORG')).toBe(true);
  });

  it('rejects bad options before any document', () => {
    expect(() => createRecogniser({ minScore: 2 })).toThrow(/minScore/);
    expect(() => createRecogniser({ types: ['GPE' as 'ORG'] })).toThrow(/types/);
  });

  it('works without wink-nlp tags', () => {
    const out = createRecogniser({ pos: false })(input).map((c) => TEXT.slice(c.start, c.end));
    expect(out).toContain('Tehrik-e-Taliban Pakistan');
  });

  it('uses known gazetteer places as context', () => {
    const text = 'They met in Ghazni and later in Gardez, Paktia.';
    const p = text.indexOf('Paktia');
    const out = createRecogniser()({ text, sentences: [[0, text.length]], taken: [[p, p + 6]], known: [{ start: p, end: p + 6, type: 'LOC' }] });
    expect(out.map((c) => [text.slice(c.start, c.end), c.type])).toContainEqual(['Gardez', 'LOC']);
  });

  it('finds the expected mentions in a short dispatch', () => {
    expect(find(TEXT).map((f) => `${f.text}/${f.type}`)).toEqual(expect.arrayContaining([
      'Hafiz Gul Bahadur/PERSON', 'Tehrik-e-Taliban Pakistan/ORG', 'TTP/ORG', 'Datta Khel/LOC',
      'North Waziristan/LOC', 'Ihsanullah Ihsan/PERSON', 'Jamaat-ul-Ahrar/ORG', 'Lashkar-e-Islam/ORG',
    ]));
    expect(find(TEXT).map((f) => f.text)).not.toContain('The News');
  });
});
