import { describe, expect, it } from 'vitest';
import { isAcronym, isNameAcronym } from '../../../src/gazetteer/import/acronym.ts';
import { createAliasSet } from '../../../src/gazetteer/import/alias-set.ts';
import { orderEntry } from '../../../src/gazetteer/import/entry.ts';
import { parseOrgName } from '../../../src/gazetteer/import/org-name.ts';
import { personName } from '../../../src/gazetteer/import/person-names.ts';
import { reorderLastFirst } from '../../../src/gazetteer/import/person-name.ts';
import { isLatinName } from '../../../src/gazetteer/import/script.ts';
import { splitAliasValue } from '../../../src/gazetteer/import/split-alias.ts';
import { titleCaseName } from '../../../src/gazetteer/import/title-case.ts';

describe('titleCaseName', () => {
  it.each([
    ['LASHKAR I JHANGVI', 'Lashkar i Jhangvi'],
    ['TEHRIK-E TALIBAN PAKISTAN', 'Tehrik-e Taliban Pakistan'],
    ['JAISH-I-MOHAMMED', 'Jaish-i-Mohammed'],
    ['AL-QAIDA', 'Al-Qaida'],
    ['ASBAT AL-ANSAR', 'Asbat al-Ansar'],
    ["JAM'YAH TA'AWUN AL-ISLAMIA", "Jam'yah Ta'awun al-Islamia"],
    ['MAHMOOD SULTAN BASHIR-UD-DIN', 'Mahmood Sultan Bashir-ud-Din'],
    ['‘ABD AL-RAHMAN', '‘Abd al-Rahman'],
    ["Sa'ad BIN LADEN", "Sa'ad bin Laden"],
    ['ISIL KHORASAN', 'ISIL Khorasan'],
    ['TTP GEEDAR GROUP', 'TTP Geedar Group'],
    ['MOUVEMENT POUR L’UNIFICATION', 'Mouvement pour l’Unification'],
    ['Jaysh Khalid Ibn al Waleed', 'Jaysh Khalid Ibn al Waleed'],
  ])('%s → %s', (input, expected) => {
    expect(titleCaseName(input)).toBe(expected);
  });
});

describe('acronyms', () => {
  it('isAcronym: all-caps 2–6 letters, digits and inner hyphens allowed', () => {
    for (const a of ['LJ', 'TTP', 'ISIS-K', 'LIFG', 'BIF-USA', 'AAS-T']) expect(isAcronym(a)).toBe(true);
    for (const a of ['L', 'Jit', 'ISIL-SEA', 'PAKISTANI', 'TTP-', 'Ltd']) expect(isAcronym(a)).toBe(false);
  });
  it('isNameAcronym: letters must occur in order in the name', () => {
    expect(isNameAcronym('LJ', 'LASHKAR I JHANGVI')).toBe(true);
    expect(isNameAcronym('JuA', 'JAMAAT-UL-AHRAR')).toBe(true);
    expect(isNameAcronym('HQN', 'HAQQANI NETWORK')).toBe(true);
    expect(isNameAcronym('KENYA', 'AL-HARAMAYN FOUNDATION')).toBe(false);
    expect(isNameAcronym('Kenya', 'KENYA FOUNDATION')).toBe(false);
  });
  it('parseOrgName takes " / X" and "(X)" out of the canonical', () => {
    expect(parseOrgName('AL-ITIHAAD AL-ISLAMIYA / AIAI')).toEqual({ canonical: 'Al-Itihaad al-Islamiya', acronyms: ['AIAI'], aliases: [] });
    expect(parseOrgName('Islamic State In Iraq And the Levant In South-East Asia (ISIL-SEA, ISIL-South East Asia)')).toEqual({
      canonical: 'Islamic State In Iraq And the Levant In South-East Asia',
      acronyms: ['ISIL-SEA'],
      aliases: ['ISIL-South East Asia'],
    });
  });
});

describe('splitAliasValue', () => {
  it('splits nested parentheses and semicolons, drops non-Latin and notes', () => {
    expect(splitAliasValue('Hay’at Tahrir al-Sham (HTS) (هيئة تحرير الشام (original script); Hayat Tahrir al-Sham)')).toEqual({
      parts: [
        { value: 'Hay’at Tahrir al-Sham', inParens: false },
        { value: 'HTS', inParens: true },
        { value: 'Hayat Tahrir al-Sham', inParens: true },
      ],
      dropped: [
        { value: 'هيئة تحرير الشام', reason: 'non-latin' },
        { value: 'original script', reason: 'note' },
      ],
    });
  });
  it('drops a lone title and keeps the name', () => {
    expect(splitAliasValue('(Sheikh) Musa Hilal').parts).toEqual([{ value: 'Musa Hilal', inParens: false }]);
  });
  it('removes a mid-name parenthesis without cutting the name', () => {
    expect(splitAliasValue('QODS (JERUSALEM) FORCE OF THE IRGC').parts[0]).toEqual({ value: 'QODS FORCE OF THE IRGC', inParens: false });
  });
  it('splits " / " and enumerators', () => {
    expect(splitAliasValue('Mohammed Sabet; Mohammad Sabet b) M. Javad Sabet').parts.map((p) => p.value)).toEqual([
      'Mohammed Sabet',
      'Mohammad Sabet',
      'M. Javad Sabet',
    ]);
  });
});

describe('small helpers', () => {
  it('reorderLastFirst', () => {
    expect(reorderLastFirst('DEROJI, Mufti Hazrat')).toBe('Mufti Hazrat DEROJI');
    expect(reorderLastFirst('Hilarion Santos, III')).toBe('Hilarion Santos, III');
    expect(reorderLastFirst('Abu Ismail')).toBe('Abu Ismail');
  });
  it('personName reorders, title-cases and drops English titles but keeps honorifics', () => {
    expect(personName('AL ZAWAHIRI, Dr. Ayman')).toBe('Ayman al Zawahiri');
    expect(personName('KASMURI, Lt. Col. (Rtd). Abd Manaf'.replace(' (Rtd)', ''))).toBe('Abd Manaf Kasmuri');
    expect(personName('AL-ZINDANI, Shaykh Abd-al-Majid')).toBe('Shaykh Abd-al-Majid al-Zindani');
    expect(personName('RAHMAT, Qari')).toBe('Qari Rahmat');
  });
  it('isLatinName', () => {
    expect(isLatinName('Zarandż')).toBe(true);
    expect(isLatinName('Laskar 99')).toBe(true);
    expect(isLatinName('Зарандж')).toBe(false);
    expect(isLatinName('Agha Jan اغا')).toBe(false);
    expect(isLatinName('---')).toBe(false);
  });
  it('createAliasSet classifies and de-duplicates', () => {
    const s = createAliasSet('Lashkar i Jhangvi');
    s.add('LASHKAR I JHANGVI', 'alias');
    s.add('LJ', 'alias');
    s.add('Jit', 'alias');
    s.add('Lashkar e Jhangvi', 'weak');
    s.add('LASHKAR E JHANGVI', 'alias');
    expect(s.result()).toEqual({ aliases: ['LASHKAR E JHANGVI'], acronyms: ['LJ'], weak_aliases: ['Jit'], duplicates: 2 });
  });
  it('createAliasSet keeps a 4–6 letter capitalised word as an alias unless it spells another name', () => {
    const s = createAliasSet('Libyan Islamic Fighting Group');
    s.add('LIFG', 'alias');
    s.add('SEPAH', 'alias');
    expect(s.result()).toMatchObject({ aliases: ['SEPAH'], acronyms: ['LIFG'] });
    expect(isNameAcronym('PASDARAN', 'PASDARAN-E ENGHELAB-E ISLAMI')).toBe(false);
  });
  it('orderEntry writes keys in README order and leaves out empty lists', () => {
    const e = orderEntry({ country: 'PK', sources: [{ source: 'un', ref: 'x', name: 'X' }], aliases: [], canonical: 'X', type: 'ORG', id: 'un/x' });
    expect(Object.keys(e)).toEqual(['id', 'type', 'canonical', 'sources', 'country']);
  });
});
