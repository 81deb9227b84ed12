import { describe, expect, it } from 'vitest';
import { find, pairs } from './helpers.ts';

describe('ORG rules', () => {
  it('recognises group-name morphemes joined by -e-, -i-, -ul-', () => {
    expect(find('Members of Harkat-ul-Ansar were seen.')).toContainEqual({ text: 'Harkat-ul-Ansar', type: 'ORG', cue: 'group-shape' });
    expect(pairs('Supporters of Jamaat-e-Islami marched.')).toContainEqual(['Jamaat-e-Islami', 'ORG']);
    expect(find('He joined Sipah-i-Muhammad as a boy.')[0]).toMatchObject({ text: 'Sipah-i-Muhammad', type: 'ORG', cue: 'group-shape' });
  });

  it('recognises a long form and its acronym as two mentions', () => {
    const out = pairs('Leaders of the Tehreek-e-Nafaz-e-Shariat-e-Mohammadi (TNSM) met. Later the TNSM split.');
    expect(out).toEqual([
      ['Tehreek-e-Nafaz-e-Shariat-e-Mohammadi', 'ORG'], ['TNSM', 'ORG'], ['TNSM', 'ORG'],
    ]);
  });

  it('matches acronym initials across small words and hyphenated acronyms', () => {
    expect(pairs('The Hizb Islami Gulbuddin (HIG) signed a deal.')).toEqual([['Hizb Islami Gulbuddin', 'ORG'], ['HIG', 'ORG']]);
    expect(pairs('The Movement for Justice in Darfur (MJD) grew.')).toContainEqual(['MJD', 'ORG']);
  });

  it('joins "of Y" after an organisation head', () => {
    expect(find('The Islamic Movement of Turkestan released a video.')).toContainEqual({ text: 'Islamic Movement of Turkestan', type: 'ORG', cue: 'group-shape:islamic-x+of' });
  });

  it('recognises "Islamic X" and names opening with al-', () => {
    expect(pairs('A statement from Islamic Jihad Union followed.')).toContainEqual(['Islamic Jihad Union', 'ORG']);
    expect(find('He trained with al-Mourabitoun in Mali.')).toContainEqual({ text: 'al-Mourabitoun', type: 'ORG', cue: 'group-shape:al' });
  });

  it('keeps a nationality inside a group name but not before al-', () => {
    expect(pairs('The Punjabi Taliban threatened the province.')).toContainEqual(['Punjabi Taliban', 'ORG']);
    expect(pairs('A Yemeni Al-Qaeda courier was held.')).toContainEqual(['Al-Qaeda', 'ORG']);
  });

  it('uses organisation head words, but not for a state army', () => {
    expect(find('The Baloch Liberation Front claimed the attack.')).toContainEqual({ text: 'Baloch Liberation Front', type: 'ORG', cue: 'org-head:front' });
    expect(pairs('The Sindhudesh Revolutionary Army was banned.')).toContainEqual(['Sindhudesh Revolutionary Army', 'ORG']);
    expect(find('The Egypt Army moved in.').filter((f) => f.type === 'ORG')).toEqual([]);
  });

  it('types a name before "militants", "commander" or "claimed responsibility"', () => {
    expect(find('Dozens of Zainabiyoun militants crossed over.')[0]).toMatchObject({ text: 'Zainabiyoun', type: 'ORG', cue: 'context:militants' });
    expect(find('Later, Sheikhan Dastagir claimed responsibility for the blast.')[0]).toMatchObject({ text: 'Sheikhan Dastagir', type: 'ORG', cue: 'context:claimed' });
  });

  it('types a name after "militant group" or "banned outfit"', () => {
    expect(find('Officials blamed the militant group Daulat Mohaz for it.')[0]).toMatchObject({ text: 'Daulat Mohaz', type: 'ORG', cue: 'context:militant-group' });
  });

  it('types an acronym in a sentence about groups', () => {
    expect(find('The BRAS alliance claimed the raid.')[0]).toMatchObject({ text: 'BRAS', type: 'ORG' });
    expect(find('Police blamed the TJP for the raid by militants.')[0]).toMatchObject({ text: 'TJP', type: 'ORG', cue: 'acronym:group-cue' });
    expect(find('A faction of the JuA said it planned the raid.')[0]).toMatchObject({ text: 'JuA', type: 'ORG' });
  });

  it('keeps "group"/"party" in the span after a person-named faction', () => {
    expect(find('Gunmen of the Hakeem Sultan group attacked.')).toContainEqual({ text: 'Hakeem Sultan group', type: 'ORG', cue: 'context:group' });
    expect(pairs('He left the Awami party last year.')).toContainEqual(['Awami party', 'ORG']);
  });

  it('finds an organisation head inside the name', () => {
    expect(pairs('Workers of the Awami Muslim League-Haqiqi marched.')).toContainEqual(['Awami Muslim League-Haqiqi', 'ORG']);
  });

  it('types "X, an ... militia" as ORG, even with a group name inside the apposition', () => {
    expect(pairs('Saraya Awliya al-Dam, an Iran-backed faction, fired rockets.')).toContainEqual(['Saraya Awliya al-Dam', 'ORG']);
    expect(pairs('Ansar Beit al-Maqdis, an al-Qaeda offshoot, fought on.')).toContainEqual(['Ansar Beit al-Maqdis', 'ORG']);
    expect(find('Recruits joined the Zulfiqar Legion, a Shia militia fighting in Syria.')).toContainEqual({ text: 'Zulfiqar Legion', type: 'ORG', cue: 'context:apposition-militia' });
  });

  it('recognises a name with a possessive head', () => {
    expect(pairs("A unit called Hamza's Army was formed.")).toContainEqual(["Hamza's Army", 'ORG']);
  });
});
