/**
 * The curated gazetteer (gazetteers/curated/*.yml) as data: it loads with no fatal diagnostic, its
 * factions stay apart, and the spellings an analyst meets resolve to the right entity through the
 * one match key (src/text/match-key.ts).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadGazetteer } from '../../src/gazetteer/load.ts';
import type { Entity } from '../../src/gazetteer/types.ts';
import { toAcronymTokens, toMatchKey } from '../../src/text/match-key.ts';

const CURATED = 'gazetteers/curated';
const MINE = ['groups.yml', 'people.yml', 'places.yml'];

const curated = loadGazetteer([CURATED]);
const entities = curated.gazetteer.entities;
const byId = new Map(entities.map((e) => [e.id, e]));

/** Curated entities that hold this spelling as a strong name (canonical or alias). */
function strongOwners(spelling: string, type?: string): string[] {
  const key = toMatchKey(spelling);
  return entities.filter((e) => (!type || e.type === type) && e.names.some((n) => n.kind === 'name' && toMatchKey(n.text) === key)).map((e) => e.id);
}

/** Curated entities that hold this case-sensitive acronym. */
function acronymOwners(acronym: string): string[] {
  const key = toAcronymTokens(acronym).join('');
  return entities.filter((e) => e.names.some((n) => n.kind === 'acronym' && toAcronymTokens(n.text).join('') === key)).map((e) => e.id);
}

function weakOwners(spelling: string): string[] {
  const key = toMatchKey(spelling);
  return entities.filter((e) => e.names.some((n) => n.kind === 'weak' && toMatchKey(n.text) === key)).map((e) => e.id);
}

function entity(id: string): Entity {
  const e = byId.get(id);
  if (!e) throw new Error(`no curated entity ${id}`);
  return e;
}

describe('curated gazetteer loads cleanly', () => {
  it('has no fatal diagnostic, and only same_as warnings when loaded without the imported lists', () => {
    expect(curated.diagnostics.filter((d) => d.severity === 'fatal')).toEqual([]);
    const warnings = curated.diagnostics.filter((d) => d.severity === 'warn');
    expect(warnings.map((d) => d.code).filter((c) => c !== 'GAZETTEER_SAME_AS_MISSING')).toEqual([]);
  });

  it('every same_as target exists once the imported lists are loaded too', () => {
    const full = loadGazetteer(['gazetteers']);
    const missing = full.diagnostics.filter((d) => d.code === 'GAZETTEER_SAME_AS_MISSING').map((d) => d.message);
    expect(missing).toEqual([]);
  });

  it('each file of this set has stable lower-case ids of its own kind and enough entries', () => {
    const expectKind: Record<string, [string, string, number]> = {
      'groups.yml': ['org', 'ORG', 150],
      'people.yml': ['person', 'PERSON', 200],
      'places.yml': ['loc', 'LOC', 250],
    };
    for (const file of MINE) {
      const list = parse(readFileSync(join(CURATED, file), 'utf8')) as Array<{ id: string; type: string }>;
      const [kind, type, min] = expectKind[file]!;
      expect(list.length, file).toBeGreaterThanOrEqual(min);
      for (const e of list) {
        expect(e.id, file).toMatch(new RegExp(`^${kind}/[a-z0-9]+(?:-[a-z0-9]+)*$`));
        expect(e.type, e.id).toBe(type);
      }
    }
    expect(readdirSync(CURATED)).toEqual(expect.arrayContaining(MINE));
  });

  it('does not repeat a place that countries.yml already defines', () => {
    const countries = parse(readFileSync(join(CURATED, 'countries.yml'), 'utf8')) as Array<{ canonical: string }>;
    const keys = new Set(countries.map((c) => toMatchKey(c.canonical)));
    const places = parse(readFileSync(join(CURATED, 'places.yml'), 'utf8')) as Array<{ id: string; canonical: string }>;
    expect(places.filter((p) => keys.has(toMatchKey(p.canonical))).map((p) => p.id)).toEqual([]);
  });
});

describe('factions and namesakes stay distinct entities', () => {
  const pairs: Array<[string, string]> = [
    ['org/lashkar-e-jhangvi', 'org/lashkar-e-jhangvi-al-alami'],
    ['org/islamic-state', 'org/islamic-state-khorasan-province'],
    ['org/islamic-state-khorasan-province', 'org/islamic-state-pakistan-province'],
    ['org/afghan-taliban', 'org/tehrik-e-taliban-pakistan'],
    ['org/tehrik-e-taliban-pakistan', 'org/jamaat-ul-ahrar'],
    ['org/jaish-e-mohammed', 'org/jaish-mohammed-iraq'],
    ['org/al-qaeda', 'org/al-qaeda-in-iraq'],
    ['org/jabhat-al-nusra', 'org/hayat-tahrir-al-sham'],
    ['org/jundallah-pakistan', 'org/jundallah-iran'],
    ['org/muttahida-qaumi-movement', 'org/mqm-haqiqi'],
    ['person/hafiz-muhammad-saeed', 'person/hafiz-saeed-khan'],
    ['person/abu-bakr-al-baghdadi', 'person/abu-omar-al-baghdadi'],
  ];
  for (const [a, b] of pairs) {
    it(`${a} vs ${b}: both exist, are apart, and say never_merge`, () => {
      expect(entity(a).id).not.toBe(entity(b).id);
      expect(entity(a).neverMerge.includes(b) || entity(b).neverMerge.includes(a)).toBe(true);
    });
  }

  it('they stay apart when the UN, OFAC and GeoNames lists are merged in', () => {
    const full = loadGazetteer(['gazetteers']).gazetteer;
    for (const [a, b] of pairs) expect(full.idOf.get(a), `${a} / ${b}`).not.toBe(full.idOf.get(b));
  });

  it('the Iraqi Jaish Mohammed is told from Jaish-e-Mohammed by context words', () => {
    expect(entity('org/jaish-mohammed-iraq').context).toEqual(expect.arrayContaining(['Iraq', 'Baghdad', 'Saddam']));
    expect(entity('org/jaish-e-mohammed').context).toEqual(expect.arrayContaining(['Pakistan', 'Kashmir', 'Masood Azhar']));
    expect(strongOwners('Jaish Mohammed')).toEqual(['org/jaish-e-mohammed']);
    expect(weakOwners('Jaish Mohammed')).toEqual(expect.arrayContaining(['org/jaish-mohammed-iraq', 'org/jaish-mohammed-jordan']));
  });
});

describe('variant spellings resolve to one entity through the match key', () => {
  const cases: Array<[string, string]> = [
    ['Lashkar-i-Jhangvi', 'org/lashkar-e-jhangvi'],
    ['Lashkar Jhangvi', 'org/lashkar-e-jhangvi'],
    ['Jhangvi Al-Alami', 'org/lashkar-e-jhangvi-al-alami'],
    ["al Qa'eda", 'org/al-qaeda'],
    ['Al-Qaida', 'org/al-qaeda'],
    ['Tehreek-e-Taliban Pakistan', 'org/tehrik-e-taliban-pakistan'],
    ['Tehrik-e Taliban', 'org/tehrik-e-taliban-pakistan'],
    ['Pakistani Taliban', 'org/tehrik-e-taliban-pakistan'],
    ['Taliban', 'org/afghan-taliban'],
    ['Islamic Emirates', 'org/afghan-taliban'],
    ['Wilayat-e-Khorasan', 'org/islamic-state-khorasan-province'],
    ['IS Khorasan Province', 'org/islamic-state-khorasan-province'],
    ['Daesh', 'org/islamic-state'],
    ['Islamic State of Iraq and ash-Sham', 'org/islamic-state'],
    ['Hizbut Tahrir', 'org/hizb-ut-tahrir'],
    ['Hizbul Tahrir', 'org/hizb-ut-tahrir'],
    ['Jaish-i-Mohammed', 'org/jaish-e-mohammed'],
    ['Army of the Pure', 'org/lashkar-e-taiba'],
    ['Millat-i-Islamia', 'org/sipah-e-sahaba'],
    ['Sepah-i-Sahabah', 'org/sipah-e-sahaba'],
    ['Jabhat Fateh al-Sham', 'org/jabhat-al-nusra'],
    ['Mohajir Qaumi Movement', 'org/muttahida-qaumi-movement'],
    ['Ahrarul Hind', 'org/ahrar-ul-hind'],
    ['Ansar al-Sunna Army', 'org/ansar-al-sunna'],
    ['Islamic Army of Iraq', 'org/islamic-army-in-iraq'],
    ['Fatemiyoun', 'org/fatemiyoun-division'],
    ['Mullah Muhammad Umar', 'person/mullah-omar'],
    ['Usama bin Ladin', 'person/osama-bin-laden'],
    ['Ayman al-Zawahri', 'person/ayman-al-zawahiri'],
    ['Khalid Khurasani', 'person/omar-khalid-khorasani'],
    ['Asad Khorasani', 'person/asad-al-khorasani'],
    ['Hakeemullah Mehsud', 'person/hakimullah-mehsud'],
    ['Maulana Fazl-ur-Rehman', 'person/maulana-fazlur-rehman'],
    ['Moqtada al-Sadr', 'person/muqtada-al-sadr'],
    ['Qandahar', 'loc/kandahar'],
    ['Miramshah', 'loc/miranshah'],
    ['Baluchistan', 'loc/balochistan'],
    ['Deir al-Zour', 'loc/deir-ez-zor'],
    ['Falluja', 'loc/fallujah'],
    ['Saddam City', 'loc/sadr-city'],
    ['Bombay', 'loc/mumbai'],
  ];
  for (const [spelling, id] of cases) {
    it(`"${spelling}" → ${id}`, () => {
      expect(strongOwners(spelling)).toEqual([id]);
    });
  }

  const acronyms: Array<[string, string]> = [
    ['LeJ', 'org/lashkar-e-jhangvi'],
    ['TTP', 'org/tehrik-e-taliban-pakistan'],
    ['ISK-P', 'org/islamic-state-khorasan-province'],
    ['ISKP', 'org/islamic-state-khorasan-province'],
    ['IS-K', 'org/islamic-state-khorasan-province'],
    ['ISIS-K', 'org/islamic-state-khorasan-province'],
    ['I.S.', 'org/islamic-state'],
    ['ISIL', 'org/islamic-state'],
    ['AQIS', 'org/al-qaeda-in-the-indian-subcontinent'],
    ['AQI', 'org/al-qaeda-in-iraq'],
    ['JeM', 'org/jaish-e-mohammed'],
    ['LeI', 'org/lashkar-e-islam'],
    ['IMU', 'org/islamic-movement-of-uzbekistan'],
    ['TIP', 'org/east-turkestan-islamic-movement'],
    ['BLA', 'org/balochistan-liberation-army'],
    ['MQM-H', 'org/mqm-haqiqi'],
  ];
  for (const [acr, id] of acronyms) {
    it(`acronym ${acr} → ${id}`, () => {
      expect(acronymOwners(acr)).toEqual([id]);
    });
  }

  it('acronyms are case-sensitive: LEJ-like lower-case words are not acronyms', () => {
    expect(acronymOwners('lej')).toEqual([]);
    expect(acronymOwners('Is')).toEqual([]);
  });
});

describe('risky short names are weak, never strong', () => {
  it('a lone shared surname is never a strong person name', () => {
    for (const surname of ['Mehsud', 'Haqqani', 'Bhutto', 'Sharif', 'Khan', 'Bush', 'Jhangvi', 'Baghdadi', 'Karzai', 'Assad']) {
      expect(strongOwners(surname, 'PERSON'), surname).toEqual([]);
    }
  });

  it('"Jhangvi" alone is weak for both the group and its namesake', () => {
    expect(strongOwners('Jhangvi')).toEqual([]);
    expect(weakOwners('Jhangvi')).toEqual(expect.arrayContaining(['org/lashkar-e-jhangvi', 'person/haq-nawaz-jhangvi']));
  });

  it('a bare "Taliban" is weak for the TTP and strong only for the Afghan Taliban', () => {
    expect(strongOwners('Taliban')).toEqual(['org/afghan-taliban']);
    expect(weakOwners('Taliban')).toEqual(['org/tehrik-e-taliban-pakistan']);
    expect(entity('org/tehrik-e-taliban-pakistan').context).toEqual(expect.arrayContaining(['Waziristan', 'Swat']));
  });
});
