import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { buildGazetteer } from '../../src/gazetteer/load.ts';
import { readGazetteerFile } from '../../src/gazetteer/read-files.ts';
import type { GazetteerEntry } from '../../src/gazetteer/schema.ts';
import { documentKeys, nameOccurs } from '../../src/baselines/loo/document-keys.ts';
import { filterGazetteer } from '../../src/baselines/loo/filter-gazetteer.ts';
import { filterRecords } from '../../src/baselines/loo/filter-records.ts';

const FIXTURE = fileURLToPath(new URL('./fixtures/loo/curated.yml', import.meta.url));
const records = readGazetteerFile(FIXTURE).entries;
const entries = records.map((r) => r.value as GazetteerEntry);

// Three seed documents. Document A alone names Quetta, LeJ (both spelt differently from the
// gazetteer) and Maulana Masood Azhar; Islamic State is in A and B; Daesh and "is" (lower case) in C.
const A = documentKeys('Police in QUETTA said the Lashkar i Jhangvi (LeJ) cell answered to Maulana Masood Azhar. The Islamic State was blamed.');
const B = documentKeys('The Islamic State (ISIS) claimed an attack in Korangi. Azhar was not named.');
const C = documentKeys('Daesh is growing, it is said; the lej of the story is long.');

const removedNames = (r: ReturnType<typeof filterGazetteer>): string[] => r.removed.map((x) => x.name).sort();

describe('nameOccurs uses the match key for names and exact tokens for acronyms', () => {
  it('finds a folded spelling and a case-changed name', () => {
    expect(nameOccurs('Lashkar-e-Jhangvi', false, A)).toBe(true);
    expect(nameOccurs('Quetta', false, A)).toBe(true);
    expect(nameOccurs('Korangi', false, A)).toBe(false);
  });
  it('compares acronyms case-sensitively and as whole tokens', () => {
    expect(nameOccurs('LeJ', true, A)).toBe(true);
    expect(nameOccurs('LeJ', true, C)).toBe(false); // "lej" in lower case
    expect(nameOccurs('IS', true, C)).toBe(false); // "is" everywhere, never "IS"
    expect(nameOccurs('ISIS', true, B)).toBe(true);
    expect(nameOccurs('IS', true, B)).toBe(false); // ISIS is not IS
  });
  it('needs the name tokens in a row', () => {
    expect(nameOccurs('Masood Azhar', false, A)).toBe(true);
    expect(nameOccurs('Masood Azhar', false, B)).toBe(false);
  });
});

describe('filterGazetteer removes exactly the names specific to the held-out document', () => {
  it('holding out A removes the names only A contains', () => {
    const r = filterGazetteer(entries, A, [B, C]);
    expect(removedNames(r)).toEqual(['Lashkar-e-Jhangvi', 'LeJ', 'Masood Azhar', 'Maulana Masood Azhar', 'Quetta']);
    // Islamic State is also in B; Azhar (weak) is also in B; Daesh is in C: all kept
    const is = r.entries.find((e) => e.id === 'org/islamic-state')!;
    expect(is.canonical).toBe('Islamic State');
    expect(is.aliases).toEqual(['Daesh']);
    expect(r.entries.find((e) => e.id === 'person/masood-azhar')).toBeUndefined();
    expect(r.entries.find((e) => e.id === 'loc/quetta')).toBeUndefined();
    expect(r.dropped.sort()).toEqual(['loc/quetta', 'person/masood-azhar']);
  });
  it('promotes the first remaining alias when the canonical goes', () => {
    const r = filterGazetteer(entries, A, [B, C]);
    const lej = r.entries.find((e) => e.id === 'org/lashkar-e-jhangvi')!;
    expect(lej.canonical).toBe('Laskhar-i-Jhangvi');
    expect(lej.aliases).toEqual([]);
    expect(lej.acronyms).toEqual([]);
  });
  it('holding out B removes Korangi, ISIS and nothing that A also has', () => {
    const r = filterGazetteer(entries, B, [A, C]);
    expect(removedNames(r)).toEqual(['ISIS', 'Korangi']);
    const korangi = r.entries.find((e) => e.id === 'loc/korangi');
    expect(korangi).toBeUndefined();
    expect(r.entries.find((e) => e.id === 'org/islamic-state')!.acronyms).toEqual(['IS']);
  });
  it('a name no seed document contains stays, and so does everything when the held-out document is empty', () => {
    const empty = documentKeys('');
    const r = filterGazetteer(entries, empty, [A, B, C]);
    expect(r.removed).toEqual([]);
    expect(r.entries).toEqual(entries);
  });
  it('a name in the held-out document and in another one stays', () => {
    const r = filterGazetteer(entries, A, [A]);
    expect(r.removed).toEqual([]);
  });
});

describe('filterRecords keeps file and line and yields a loadable gazetteer', () => {
  it('filtered records build, minus the dropped entities', () => {
    const f = filterRecords(records, A, [B, C]);
    expect(f.records.every((r) => r.file.endsWith('curated.yml') && r.line > 0)).toBe(true);
    const ids = buildGazetteer(f.records).gazetteer.entities.map((e) => e.id);
    expect(ids).toEqual(['loc/korangi', 'org/islamic-state', 'org/lashkar-e-jhangvi']);
  });
  it('passes records that fail the schema through untouched', () => {
    const bad = { value: { id: 'no slash', type: 'ORG', canonical: 'Quetta' }, file: 'x.yml', line: 3 };
    const f = filterRecords([...records, bad], A, [B, C]);
    expect(f.records).toContain(bad);
  });
});
