import { gunzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { entriesToJsonl, type ImportedEntry } from '../../../src/gazetteer/import/entry.ts';
import { dropReason, parseStoplist } from '../../../src/gazetteer/import/geonames/filter-alternate.ts';
import { importGeonames } from '../../../src/gazetteer/import/geonames/import-geonames.ts';
import { reportToJson } from '../../../src/gazetteer/import/report.ts';
import { TanzeemError } from '../../../src/types/diagnostic.ts';
import { fixture, readFixture } from './fixtures.ts';

const stop = { words: parseStoplist(readFixture('stoplist-mini.txt').text), file: 'stoplist-mini.txt' };
const run = (bench = false, cities = readFixture('cities-mini.txt')) =>
  importGeonames(cities, readFixture('admin1-mini.txt'), stop, { bench });
const byId = (entries: ImportedEntry[], id: string): ImportedEntry => {
  const e = entries.find((x) => x.id === id);
  if (!e) throw new Error(`no entry ${id}`);
  return e;
};

describe('GeoNames importer', () => {
  it('maps a city with country, population and admin1 name, keeping Latin alternates only', () => {
    const z = byId(run().entries, 'geonames/1120985');
    expect(z).toEqual({
      id: 'geonames/1120985',
      type: 'LOC',
      canonical: 'Zaranj',
      aliases: ['Sarandsch', 'Zarandj', 'Zarandż'],
      sources: [{ source: 'geonames', ref: '1120985', name: 'Zaranj' }],
      country: 'AF',
      population: 49851,
      admin1: 'Nimroz',
    });
  });

  it('drops airport codes, lower-case romanisations, non-Latin forms and English words, and reports them', () => {
    const { entries, report } = run();
    expect(byId(entries, 'geonames/1167528').aliases).toEqual(['Ketta', 'Kvetta', 'Shal', 'Shalkot']);
    expect(byId(entries, 'geonames/163344').aliases).toEqual(['Al Tal', 'At Tal']);
    expect(report.dropped.byReason).toEqual({ 'airport-code': 4, 'english-word': 2, 'lowercase-romanisation': 3, 'non-latin': 3 });
    expect(report.dropped.items).toContainEqual({ ref: '163344', value: 'Tell', reason: 'english-word' });
    expect(report.dropped.items).toContainEqual({ ref: '1120985', value: 'zrnj', reason: 'lowercase-romanisation' });
    expect(report.dropped.items).toContainEqual({ ref: '1167528', value: 'UET', reason: 'airport-code' });
  });

  it('imports admin1 divisions of PK, AF, IQ, SY with province aliases', () => {
    const { entries } = run();
    const wardak = byId(entries, 'geonames/1121863');
    expect(wardak.canonical).toBe('Maidan Wardak Province');
    expect(wardak.aliases).toEqual(['Maidan Wardak']);
    expect(byId(entries, 'geonames/1183606').aliases).toEqual(['Balochistan Province']);
    expect(byId(entries, 'geonames/1162015').aliases).toBeUndefined();
    expect(byId(entries, 'geonames/92877').aliases).toEqual(['Nineveh Governorate', 'Nineveh Province']);
    expect(entries.map((e) => e.id)).not.toContain('geonames/3012874');
  });

  it('filters other countries and reports the broken line', () => {
    const { entries, report } = run();
    expect(entries.map((e) => e.id)).not.toContain('geonames/2988507');
    expect(report.filtered).toEqual({ 'country FR': 1 });
    expect(report.unmapped).toHaveLength(1);
    expect(report.unmapped[0]).toMatchObject({ line: 4, file: 'test/fixtures/import/cities-mini.txt' });
    expect(report.warnings.join(' ')).toMatch(/admin1 code not in the admin1 file/);
  });

  it('bench mode keeps every country and no admin1 entries', () => {
    const gz = { text: gunzipSync(readFileSync(fixture('cities-mini.txt.gz'))).toString('utf8'), file: 'cities-mini.txt.gz' };
    const { entries, report } = run(true, gz);
    expect(entries.map((e) => e.id).sort()).toEqual(['geonames/1120985', 'geonames/1167528', 'geonames/163344', 'geonames/2988507', 'geonames/98182']);
    expect(byId(entries, 'geonames/2988507').admin1).toBe('Île-de-France');
    expect(report.counts.admin1).toBe(0);
  });

  it('is deterministic and sorted by id', () => {
    const a = entriesToJsonl(run().entries);
    expect(a).toBe(entriesToJsonl(run().entries));
    expect(reportToJson(run().report)).toBe(reportToJson(run().report));
    const ids = a.trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id);
    expect(ids).toEqual([...ids].sort());
  });

  it('rejects a CSV passed as a cities file, naming the file', () => {
    let err: unknown;
    try {
      importGeonames(readFixture('sdn-mini.csv'), undefined, stop);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(TanzeemError);
    expect((err as TanzeemError).diagnostics[0]).toMatchObject({ code: 'IMPORT_WRONG_FORMAT', file: 'test/fixtures/import/sdn-mini.csv', line: 1 });
  });

  it('rejects a cities file passed as the admin1 file', () => {
    expect(() => importGeonames(readFixture('cities-mini.txt'), { text: readFixture('cities-mini.txt').text, file: 'admin1.txt' }, stop)).toThrow(
      /admin1\.txt:1: \[IMPORT_WRONG_FORMAT\] expected GeoNames admin1CodesASCII\.txt/,
    );
  });

  it('drop rules, one by one', () => {
    const words = new Set(['hit']);
    expect(dropReason('Kabul', words)).toBeNull();
    expect(dropReason('Al Mawşil', words)).toBeNull();
    expect(dropReason('کابل', words)).toBe('non-latin');
    expect(dropReason('KBL', words)).toBe('airport-code');
    expect(dropReason('OAKB', words)).toBe('airport-code');
    expect(dropReason('ta lu kan', words)).toBe('lowercase-romanisation');
    expect(dropReason('Hit', words)).toBe('english-word');
    expect(dropReason(' ', words)).toBe('empty');
  });
});
