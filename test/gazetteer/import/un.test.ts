import { describe, expect, it } from 'vitest';
import { entriesToJsonl, type ImportedEntry } from '../../../src/gazetteer/import/entry.ts';
import { reportToJson } from '../../../src/gazetteer/import/report.ts';
import { importUn } from '../../../src/gazetteer/import/un/import-un.ts';
import { TanzeemError } from '../../../src/types/diagnostic.ts';
import { readFixture } from './fixtures.ts';

const run = (allProgrammes = false) => {
  const { text, file } = readFixture('un-mini.xml');
  return importUn(text, file, { allProgrammes });
};
const byId = (entries: ImportedEntry[], id: string): ImportedEntry => {
  const e = entries.find((x) => x.id === id);
  if (!e) throw new Error(`no entry ${id}`);
  return e;
};

describe('UN importer', () => {
  it('maps entities to ORG with a readable canonical and the parenthesised acronym', () => {
    const lj = byId(run().entries, 'un/QDe.096');
    expect(lj.type).toBe('ORG');
    expect(lj.canonical).toBe('Lashkar i Jhangvi');
    expect(lj.acronyms).toEqual(['LJ']);
    expect(lj.sources).toEqual([{ source: 'un', ref: 'QDe.096', name: 'LASHKAR I JHANGVI (LJ)' }]);
  });

  it('keeps a non-acronym parenthesis in the canonical', () => {
    const e = byId(run().entries, 'un/QDe.104');
    expect(e.canonical).toBe('Al-Haramain Foundation (Pakistan)');
    expect(e.acronyms).toBeUndefined();
  });

  it('splits multi-name aliases on parentheses and semicolons and drops non-Latin script', () => {
    const hts = byId(run().entries, 'un/QDe.137');
    expect(hts.aliases).toEqual([
      'Hay’at Tahrir al-Sham',
      'Hay’et Tahrir al-Sham',
      'Assembly for the Liberation of Syria',
      'the Victory Front',
      'Jabhat al-Nusrah',
    ]);
    expect(hts.acronyms).toEqual(['HTS']);
    const all = [hts.canonical, ...(hts.aliases ?? []), ...(hts.acronyms ?? []), ...(hts.weak_aliases ?? [])].join(' ');
    expect(all).not.toMatch(/[\u0600-\u06FF]/);
    expect(all).not.toContain('original script');
  });

  it('puts Low-quality individual aliases and very short names under weak_aliases', () => {
    const { entries } = run();
    const p = byId(entries, 'un/QDi.264');
    expect(p.type).toBe('PERSON');
    expect(p.canonical).toBe('Zaki-ur-Rehman Lakhvi');
    expect(p.weak_aliases).toEqual(['Chachajee']);
    expect(p.aliases).not.toContain('Chachajee');
    expect(byId(entries, 'un/QDe.137').weak_aliases).toEqual(['Jit']);
  });

  it('reorders "Last, First" individual aliases and keeps the Latin part of original-script aliases', () => {
    const p = byId(run().entries, 'un/QDi.264');
    expect(p.aliases).toEqual(['Zakir Rehman Lakvi', 'Zaki Ur-Rehman Lakvi', 'Hassan Ghul', 'Hasan Gul', 'Amir Khazmat']);
  });

  it('reports dropped fragments with their reason', () => {
    const { report } = run();
    expect(report.dropped.items).toContainEqual({ ref: 'QDi.264', value: 'Амир Хазмат', reason: 'non-latin' });
    expect(report.dropped.items).toContainEqual({ ref: 'QDe.137', value: 'هيئة تحرير الشام', reason: 'non-latin' });
    expect(report.dropped.byReason['non-latin']).toBe(4);
  });

  it('keeps only Al-Qaida and Taliban by default and counts the rest as filtered', () => {
    const { entries, report } = run();
    expect(entries.map((e) => e.id).sort()).toEqual(['un/QDe.096', 'un/QDe.104', 'un/QDe.137', 'un/QDi.264', 'un/TAe.012']);
    expect(report.filtered).toEqual({ 'list DRC': 1 });
    expect(run(true).entries.map((e) => e.id)).toContain('un/CDi.001');
  });

  it('reports a record it cannot map instead of dropping it', () => {
    const { report } = run();
    expect(report.unmapped).toEqual([
      { ref: 'TAi.999', file: 'test/fixtures/import/un-mini.xml', name: '', reason: 'no name (FIRST_NAME … FOURTH_NAME all empty)' },
    ]);
    expect(report.counts.unmapped).toBe(1);
  });

  it('is deterministic: same bytes twice, and independent of record order', () => {
    const a = run();
    const b = run();
    expect(entriesToJsonl(a.entries)).toBe(entriesToJsonl(b.entries));
    expect(reportToJson(a.report)).toBe(reportToJson(b.report));
    expect(entriesToJsonl([...a.entries].reverse())).toBe(entriesToJsonl(a.entries));
    expect(a.report.snapshot).toBe('2025-11-20T23:00:09.067Z');
  });

  it('rejects a CSV with IMPORT_WRONG_FORMAT naming the file', () => {
    const { text } = readFixture('sdn-mini.csv');
    let err: unknown;
    try {
      importUn(text, 'data/ofac-sdn/sdn.csv');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(TanzeemError);
    const d = (err as TanzeemError).diagnostics[0]!;
    expect(d.code).toBe('IMPORT_WRONG_FORMAT');
    expect(d.file).toBe('data/ofac-sdn/sdn.csv');
    expect(d.message).toContain('UN consolidated list XML');
    expect(d.fix).toMatch(/consolidated\.xml/);
  });

  it('rejects XML with another root element', () => {
    expect(() => importUn('<?xml version="1.0"?><gpx><trk/></gpx>', 'track.gpx')).toThrow(/track\.gpx.*IMPORT_WRONG_FORMAT.*root element <gpx>/);
  });
});
