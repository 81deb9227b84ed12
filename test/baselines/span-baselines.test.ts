import { describe, expect, it } from 'vitest';
import { createProcessor } from '../../src/runner/process-document.ts';
import { toNerDocument } from '../../src/baselines/ner-document.ts';
import { toMentionRecords } from '../../src/baselines/to-mention-records.ts';
import { compromiseBaseline, compromiseEntityId, winkExactBaseline } from '../../src/baselines/span-baselines.ts';
import { trimSpan } from '../../src/baselines/trim-span.ts';
import type { Entity } from '../../src/gazetteer/types.ts';
import type { MentionRecord, RawDoc } from '../../src/types/records.ts';

// BOM, CRLF line ends, curly quotes, a non-BMP character and a web-cruft-free layout: normalisation
// changes lengths, so spans must be mapped back to the original text.
const ORIGINAL =
  '\uFEFFPakistan Taliban Kill 12 in Quetta\r\n\r\n' +
  'QUETTA, Pakistan \u{1F4F0} — Donald Rumsfeld met President Pervez Musharraf in Islamabad on Monday.\r\n' +
  '“Lashkar-e-Jhangvi’s men attacked the bus,” said Omar Bakri Mohammed, a spokesman for Al-Muhajiroun in London.\r\n' +
  'The Islamic State of Iraq and Syria (ISIS) and the Taliban were blamed by officials in Kabul and Karachi, Pakistan.\r\n';
const RAW: RawDoc = { doc_id: 'fixture/doc', original: ORIGINAL, sha256: '0' };
const processed = createProcessor(null, { fuzzy: false, variants: false, learn: false }).fromRaw(RAW);
const doc = toNerDocument(RAW, processed);

function assertContract(records: MentionRecord[]): void {
  expect(records.length).toBeGreaterThan(0);
  for (const m of records) {
    expect(ORIGINAL.slice(m.start, m.end)).toBe(m.text);
    expect(m.text).toBe(m.text.trim());
    const s = processed.sentences[m.sentence]!;
    expect(s.start <= m.start && m.end <= s.end, `${m.text} inside sentence ${m.sentence}`).toBe(true);
    expect(['ORG', 'PERSON', 'LOC']).toContain(m.type);
    expect(m.doc_id).toBe('fixture/doc');
  }
  for (let i = 1; i < records.length; i++) {
    expect(records[i]!.start).toBeGreaterThanOrEqual(records[i - 1]!.end);
  }
}

describe('compromise baseline', () => {
  const system = compromiseBaseline();
  const { records } = toMentionRecords(doc, system.find(doc), system.method, system.idFor);
  it('produces contract-valid records: slice === text, inside one sentence, no overlaps', () => {
    assertContract(records);
    expect(ORIGINAL).not.toBe(doc.text); // the mapping was needed
  });
  it('ids come from type and lower-cased surface; method ner', () => {
    for (const m of records) {
      expect(m.entity_id).toBe(compromiseEntityId(m.type, m.text));
      expect(m.entity_id).toBe(`compromise/${m.type.toLowerCase()}/${m.text.toLowerCase()}`);
      expect(m.method).toBe('ner');
    }
  });
  it('finds people and places and splits comma lists', () => {
    const texts = records.map((m) => `${m.type}:${m.text}`);
    expect(texts).toContain('LOC:Islamabad');
    expect(texts.some((t) => t.startsWith('PERSON:') && t.includes('Rumsfeld'))).toBe(true);
    expect(texts.some((t) => t.includes(','))).toBe(false);
  });
  it('is deterministic', () => {
    expect(toMentionRecords(doc, system.find(doc), system.method, system.idFor).records).toEqual(records);
  });
});

describe('wink-exact baseline', () => {
  const ent = (id: string, type: string, names: Array<[string, 'name' | 'acronym' | 'weak']>): Entity => ({ id, type, canonical: names[0]![0], names: names.map(([text, kind]) => ({ text, kind, from: id })), neverMerge: [], context: [], members: [id], sources: [] });
  const entities = [
    ent('loc/quetta', 'LOC', [['Quetta', 'name']]),
    ent('org/lej', 'ORG', [['Lashkar-e-Jhangvi', 'name'], ['LeJ', 'acronym']]),
    ent('org/is', 'ORG', [['Islamic State of Iraq and Syria', 'name'], ['ISIS', 'acronym']]),
    ent('loc/pk', 'LOC', [['Pakistan', 'name']]),
    ent('loc/london', 'LOC', [['London', 'weak']]),
    ent('un/x', 'ORG', [['Taliban', 'name']]),
  ];
  const { system, stats } = winkExactBaseline(entities);
  const { records } = toMentionRecords(doc, system.find(doc), system.method, system.idFor);
  it('learns names and acronyms, not weak aliases', () => {
    expect(stats).toMatchObject({ entities: 6, names: 5, acronyms: 2 });
  });
  it('matches names in any case, acronyms exactly, longest first; records are contract-valid', () => {
    assertContract(records);
    const got = records.map((m) => `${m.text}=${m.entity_id}`);
    expect(got).toContain('Quetta=loc/quetta');
    expect(got).toContain('QUETTA=loc/quetta');
    expect(got).toContain('Lashkar-e-Jhangvi=org/lej');
    expect(got).toContain('Islamic State of Iraq and Syria=org/is');
    expect(got).toContain('ISIS=org/is');
    expect(got).toContain('Taliban=un/x');
    expect(got.filter((g) => g.startsWith('London'))).toEqual([]);
  });
});

describe('trimSpan', () => {
  const t = (s: string) => {
    const r = trimSpan(s, 0, s.length);
    return r ? s.slice(r[0], r[1]) : null;
  };
  it('drops a leading "the", possessives, quotes, brackets and edge punctuation', () => {
    expect(t('the Taliban')).toBe('Taliban');
    expect(t('“Lashkar-e-Jhangvi’s')).toBe('Lashkar-e-Jhangvi');
    expect(t('(ISIS),')).toBe('ISIS');
    expect(t('Quetta.')).toBe('Quetta');
    expect(t('U.S.')).toBe('U.S.');
    expect(t(' , ')).toBeNull();
    expect(t('The')).toBe('The');
  });
});
