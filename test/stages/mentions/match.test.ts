import { describe, expect, it } from 'vitest';
import { mentionsOf, pairs } from '../../helpers.ts';

describe('mentions: gazetteer matching', () => {
  it('links transliteration variants and misspellings to one entity, with the method used', () => {
    const ms = mentionsOf("Lashkar-e-Jhangvi, Lashkar-i-Jhangvi and Laskhar-i-Jhangvi all claimed it.");
    expect(pairs(ms)).toEqual([
      ['Lashkar-e-Jhangvi', 'org/lashkar-e-jhangvi'],
      ['Lashkar-i-Jhangvi', 'org/lashkar-e-jhangvi'],
      ['Laskhar-i-Jhangvi', 'org/lashkar-e-jhangvi'],
    ]);
    expect(ms.map((m) => m.method)).toEqual(['exact', 'variant', 'fuzzy']);
    expect(ms[2]!.cost).toBeGreaterThan(0);
  });

  it('longest match wins: the al-Alami faction is its own entity, never the parent', () => {
    const ms = mentionsOf('Lashkar-e-Jhangvi al-Alami said LeJ was not involved.');
    expect(pairs(ms)).toEqual([
      ['Lashkar-e-Jhangvi al-Alami', 'org/lashkar-e-jhangvi-al-alami'],
      ['LeJ', 'org/lashkar-e-jhangvi'],
    ]);
  });

  it('Islamic State and its Khorasan Province stay apart; a definition in brackets is a second mention', () => {
    const ms = mentionsOf('The Islamic State in Iraq and Syria (ISIS) and IS Khorasan Province (ISK-P) met.');
    expect(pairs(ms)).toEqual([
      ['Islamic State in Iraq and Syria', 'org/islamic-state'],
      ['ISIS', 'org/islamic-state'],
      ['IS Khorasan Province', 'org/islamic-state-khorasan-province'],
      ['ISK-P', 'org/islamic-state-khorasan-province'],
    ]);
  });

  it('acronyms are case-sensitive: "is" and "Is" are not IS', () => {
    expect(mentionsOf('This is what it is. Is it?')).toEqual([]);
    expect(pairs(mentionsOf('Analysts say IS and I.S. are one group.'))).toEqual([
      ['IS', 'org/islamic-state'],
      ['I.S.', 'org/islamic-state'],
    ]);
  });

  it('al- particles and apostrophes fold; the particle is part of the span', () => {
    const ms = mentionsOf("Al Qaeda, al-Qaeda and al Qa'eda and Al Queda.");
    expect(ms.map((m) => m.text)).toEqual(['Al Qaeda', 'al-Qaeda', "al Qa'eda", 'Al Queda']);
    expect(new Set(ms.map((m) => m.entity_id))).toEqual(new Set(['org/al-qaeda']));
  });

  it('a modifier use still counts and a possessive is left out', () => {
    expect(mentionsOf("Al Qaeda-style training and Quetta's police.").map((m) => m.text)).toEqual(['Al Qaeda', 'Quetta']);
  });

  it('lower-case common words never match a name', () => {
    expect(mentionsOf('the quetta of it, pakistan style')).toEqual([]);
  });
});

describe('mentions: context decides a name shared by a group and a person', () => {
  it('"Jhangvi" is the group when the document names Lashkar-e-Jhangvi', () => {
    const ms = mentionsOf('Lashkar-e-Jhangvi struck again. Jhangvi members were arrested.');
    expect(pairs(ms)).toEqual([
      ['Lashkar-e-Jhangvi', 'org/lashkar-e-jhangvi'],
      ['Jhangvi', 'org/lashkar-e-jhangvi'],
    ]);
  });

  it('"Jhangvi" is the man when the document names Haq Nawaz Jhangvi', () => {
    const ms = mentionsOf('Haq Nawaz Jhangvi founded it. Jhangvi was killed in 1990.');
    expect(pairs(ms)).toEqual([
      ['Haq Nawaz Jhangvi', 'person/haq-nawaz-jhangvi'],
      ['Jhangvi', 'person/haq-nawaz-jhangvi'],
    ]);
  });

  it('a weak alias with no support in the document yields no mention', () => {
    expect(mentionsOf('Jhangvi was mentioned once.')).toEqual([]);
  });

  it('when both readings are supported equally, the outcome is explicitly ambiguous', () => {
    const ms = mentionsOf('Lashkar-e-Jhangvi honours Haq Nawaz Jhangvi. Jhangvi is the name.');
    const j = ms.find((m) => m.text === 'Jhangvi')!;
    expect(j.entity_id).toMatch(/^ambiguous\//);
    expect(j.ambiguous).toEqual(['org/lashkar-e-jhangvi', 'person/haq-nawaz-jhangvi']);
  });

  it('"Basra" is the city unless the document names Riaz Basra', () => {
    expect(pairs(mentionsOf('Attacks in Basra rose.'))).toEqual([['Basra', 'loc/basra']]);
  });
});

describe('mentions: learned from the document', () => {
  it('a surname after the full name is the same person, also misspelt', () => {
    const ms = mentionsOf('Khalid Khurasani was expelled. Later Khursani spoke.');
    expect(pairs(ms)).toEqual([
      ['Khalid Khurasani', 'person/khalid-khurasani'],
      ['Khursani', 'person/khalid-khurasani'],
    ]);
    expect(ms[1]!.method).toBe('short-form');
  });

  it('an acronym defined in brackets links later uses', () => {
    const ms = mentionsOf('Tehrik-e-Taliban (TeT) struck. Later TeT denied it.');
    expect(pairs(ms)).toEqual([
      ['Tehrik-e-Taliban', 'org/tehrik-e-taliban-pakistan'],
      ['TeT', 'org/tehrik-e-taliban-pakistan'],
      ['TeT', 'org/tehrik-e-taliban-pakistan'],
    ]);
  });

  it('with learning off, nothing is learned', () => {
    const ms = mentionsOf('Khalid Khurasani was expelled. Later Khursani spoke.', { learn: false });
    expect(ms.map((m) => m.text)).toEqual(['Khalid Khurasani']);
  });

  it('with variants off, only exact aliases match', () => {
    const ms = mentionsOf('Tehrik-e-Taliban Pakistan and Tehreek-i-Taliban Pakistan.', { variants: false, fuzzy: false });
    // the second "Pakistan" is part of an unmatched name, so it is not taken as the country
    expect(ms.map((m) => m.text)).toEqual(['Tehrik-e-Taliban Pakistan']);
  });
});

describe('mentions: web cruft yields nothing', () => {
  it('a spam or comment-form line has no mentions, but the article does', () => {
    const ms = mentionsOf('Quetta Escorts cheap escorts\nAttack in Quetta.\nLEAVE A REPLY');
    expect(ms.map((m) => m.sentence)).toEqual([1]);
  });
});

describe('mentions: fuzzy matching stays precise', () => {
  it('common English words and derived forms are not fuzzy variants of names', () => {
    expect(mentionsOf('Quettas are not Quetta; Pakistanis live in Pakistan.').map((m) => m.text)).toEqual(['Quetta', 'Pakistan']);
  });
  it('a one-token fuzzy hit inside a longer capitalised name is dropped', () => {
    expect(mentionsOf('Officials named Noreen Kwetta as the student.').map((m) => m.text)).toEqual([]);
  });
  it('a one-token fuzzy hit standing alone is kept with its cost', () => {
    const ms = mentionsOf('The attack in Pakisatn was claimed.');
    expect(ms.map((m) => [m.text, m.entity_id, m.method])).toEqual([['Pakisatn', 'loc/pk', 'fuzzy']]);
    expect(ms[0]!.cost).toBe(1);
  });
});

describe('mentions: spans follow ANNOTATION.md', () => {
  it('a lower-case descriptor is not part of a place name', () => {
    expect(mentionsOf('Fighting in Quetta district went on.').map((m) => m.text)).toEqual(['Quetta']);
  });
  it('a gazetteer person inside a longer name is left out; an honorific before it joins the span', () => {
    expect(mentionsOf('Police met Riaz Basra Khan there.').map((m) => m.text)).toEqual([]);
    expect(mentionsOf('Then Maulana Khalid Khurasani spoke.').map((m) => m.text)).toEqual(['Maulana Khalid Khurasani']);
  });
});

describe('mentions: acronyms that fold like connectors, initials, context', () => {
  it('"US" is matched as an acronym although "us" is a connector key', () => {
    expect(mentionsOf('The attack in Quetta, said US officials, and us.').map((m) => m.text)).toEqual(['Quetta', 'US']);
  });
  it('a person\'s initial joins the span: "L. Riaz Basra"', () => {
    expect(mentionsOf('He met L. Riaz Basra yesterday.').map((m) => m.text)).toEqual(['L. Riaz Basra']);
  });
});

describe('mentions: hyphenated acronyms', () => {
  it('"IS" inside "IS-K" is not matched alone; a hyphenated acronym defined in brackets links every use', () => {
    expect(mentionsOf('Analysts said IS-K grew.').map((m) => m.text)).toEqual([]);
    const ms = mentionsOf('The Tehrik-e-Taliban (TeT-K) struck. Later TeT-K denied it.');
    expect(ms.map((m) => [m.text, m.entity_id])).toEqual([
      ['Tehrik-e-Taliban', 'org/tehrik-e-taliban-pakistan'],
      ['TeT-K', 'org/tehrik-e-taliban-pakistan'],
      ['TeT-K', 'org/tehrik-e-taliban-pakistan'],
    ]);
  });
});
