import { describe, expect, it } from 'vitest';
import { entriesToJsonl, type ImportedEntry } from '../../../src/gazetteer/import/entry.ts';
import { importOfac } from '../../../src/gazetteer/import/ofac/import-ofac.ts';
import { parseSdnCsv } from '../../../src/gazetteer/import/ofac/parse-ofac-csv.ts';
import { remarkAkas } from '../../../src/gazetteer/import/ofac/remark-akas.ts';
import { reportToJson } from '../../../src/gazetteer/import/report.ts';
import { TanzeemError } from '../../../src/types/diagnostic.ts';
import { readFixture } from './fixtures.ts';

const run = (allProgrammes = false, withAlt = true) =>
  importOfac(readFixture('sdn-mini.csv'), withAlt ? readFixture('alt-mini.csv') : undefined, { allProgrammes });
const byId = (entries: ImportedEntry[], id: string): ImportedEntry => {
  const e = entries.find((x) => x.id === id);
  if (!e) throw new Error(`no entry ${id}`);
  return e;
};
const errorOf = (f: () => unknown): TanzeemError => {
  try {
    f();
  } catch (e) {
    if (e instanceof TanzeemError) return e;
    throw e;
  }
  throw new Error('expected a TanzeemError');
};

describe('OFAC importer', () => {
  it('reads CRLF rows, -0- nulls and the trailing 0x1A byte', () => {
    const { rows, bad } = parseSdnCsv(readFixture('sdn-mini.csv').text, 'sdn-mini.csv');
    expect(rows).toHaveLength(5);
    expect(bad).toEqual([]);
    expect(rows[0]!.type).toBe('');
    expect(rows[0]!.remarks).toBe('');
    expect(rows[1]!.programs).toEqual(['FTO', 'SDGT']);
    expect(rows[4]!.name).toBe('OUREA');
  });

  it('maps entities to ORG and joins alt.csv aliases on ent_num', () => {
    const lj = byId(run().entries, 'ofac/7331');
    expect(lj.type).toBe('ORG');
    expect(lj.canonical).toBe('Lashkar i Jhangvi');
    expect(lj.aliases).toEqual(['LASHKAR E JHANGVI', 'LASHKAR-I-JHANGVI']);
    expect(lj.acronyms).toEqual(['LEJ']);
    expect(lj.sources).toEqual([{ source: 'ofac', ref: '7331', name: 'LASHKAR I JHANGVI' }]);
  });

  it('takes the acronym out of the canonical and keeps fka aliases', () => {
    const ttp = byId(run().entries, 'ofac/12206');
    expect(ttp.canonical).toBe('Tehrik-e Taliban Pakistan');
    expect(ttp.acronyms).toEqual(['TTP']);
    expect(ttp.aliases).toEqual(['PAKISTANI TALIBAN', 'TEHRIK-I-TALIBAN PAKISTAN']);
  });

  it('turns "LAST, First" into "First Last" and Remarks a.k.a. into weak aliases', () => {
    const p = byId(run().entries, 'ofac/21266');
    expect(p.type).toBe('PERSON');
    expect(p.canonical).toBe('Iyad Nazmi Salih Khalil');
    expect(p.aliases).toEqual(['Iyad al-Tubasi']);
    expect(p.weak_aliases).toEqual(["Abu al-Darda'", 'Abu-Julaybib']);
    expect(byId(run().entries, 'ofac/7331').weak_aliases).toEqual(['LJ']);
  });

  it('reports vessels and alias-only ent_nums as unmapped, with file and line', () => {
    const { report } = run();
    expect(report.unmapped).toEqual([
      { ref: '48418', line: 5, file: 'test/fixtures/import/sdn-mini.csv', name: 'OUREA', reason: 'vessel: not an ORG or PERSON' },
      { ref: '57021', line: 8, file: 'test/fixtures/import/alt-mini.csv', name: 'NEWLY DESIGNATED GROUP', reason: 'alias-only: no sdn.csv record' },
    ]);
    expect(report.counts.altRowsWithoutPrimary).toBe(2);
  });

  it('keeps only SDGT/FTO by default', () => {
    expect(run().entries.map((e) => e.id)).not.toContain('ofac/36');
    expect(run().report.filtered).toEqual({ 'programme not SDGT/FTO': 1 });
    const all = run(true).entries;
    expect(byId(all, 'ofac/36').aliases).toEqual(['AERO-CARIBBEAN']);
  });

  it('works without alt.csv and says so', () => {
    const { entries, report } = run(false, false);
    expect(byId(entries, 'ofac/7331').aliases).toBeUndefined();
    expect(report.warnings[0]).toMatch(/no alt\.csv/);
  });

  it('is deterministic', () => {
    expect(entriesToJsonl(run().entries)).toBe(entriesToJsonl(run().entries));
    expect(reportToJson(run().report)).toBe(reportToJson(run().report));
  });

  it('rejects the UN XML passed as sdn.csv, naming the file', () => {
    const err = errorOf(() => importOfac({ text: readFixture('un-mini.xml').text, file: 'consolidated.xml' }, undefined));
    expect(err.diagnostics[0]).toMatchObject({ code: 'IMPORT_WRONG_FORMAT', file: 'consolidated.xml' });
    expect(err.message).toContain('OFAC sdn.csv');
  });

  it('rejects alt.csv passed as sdn.csv', () => {
    const err = errorOf(() => importOfac({ text: readFixture('alt-mini.csv').text, file: 'alt.csv' }, undefined));
    expect(err.diagnostics[0]).toMatchObject({ code: 'IMPORT_WRONG_FORMAT', file: 'alt.csv', line: 1 });
    expect(err.diagnostics[0]!.message).toContain('found 5 column(s)');
  });

  it('extracts Remarks a.k.a. names, keeping a trailing apostrophe', () => {
    expect(remarkAkas("DOB 1970; a.k.a. 'AL-DARDA', Abu'; a.k.a. 'LJ'.")).toEqual(["AL-DARDA', Abu", 'LJ']);
    expect(remarkAkas('Linked To: HIZBALLAH.')).toEqual([]);
  });
});
