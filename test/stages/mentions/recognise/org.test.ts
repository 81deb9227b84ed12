import { describe, expect, it } from 'vitest';
import { find, pairs } from './helpers.ts';

describe('ORG rules', () => {
  it('recognises group-name morphemes joined by -e-, -i-, -ul-', () => {
    expect(pairs('Members of Harkat-ul-Ansar were seen.')).toContainEqual(['Harkat-ul-Ansar', 'ORG']);
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
    expect(pairs('The Islamic Movement of Turkestan released a video.')).toContainEqual(['Islamic Movement of Turkestan', 'ORG']);
  });

  it('recognises "Islamic X" and names opening with al-', () => {
    expect(pairs('A statement from Islamic Jihad Union followed.')).toContainEqual(['Islamic Jihad Union', 'ORG']);
    expect(pairs('He trained with al-Shabaab in Somalia.')).toContainEqual(['al-Shabaab', 'ORG']);
  });

  it('keeps a nationality inside a group name but not before al-', () => {
    expect(pairs('The Punjabi Taliban threatened the province.')).toContainEqual(['Punjabi Taliban', 'ORG']);
    expect(pairs('A Yemeni Al-Qaeda courier was held.')).toContainEqual(['Al-Qaeda', 'ORG']);
  });

  it('uses organisation head words, but not for a state army', () => {
    expect(pairs('The Baloch Liberation Front claimed the attack.')).toContainEqual(['Baloch Liberation Front', 'ORG']);
    expect(pairs('The Sindhudesh Revolutionary Army was banned.')).toContainEqual(['Sindhudesh Revolutionary Army', 'ORG']);
    expect(find('The Egypt Army moved in.').filter((f) => f.type === 'ORG')).toEqual([]);
  });

  it('types a name before "militants", "commander" or "claimed responsibility"', () => {
    expect(find('Dozens of Zainabiyoun militants crossed over.')[0]).toMatchObject({ text: 'Zainabiyoun', type: 'ORG' });
    expect(pairs('Later, Harkatul Islam claimed responsibility for the blast.')).toContainEqual(['Harkatul Islam', 'ORG']);
  });

  it('types a name after "militant group" or "banned outfit"', () => {
    expect(find('Officials blamed the militant group Daulat Mohaz for it.')[0]).toMatchObject({ text: 'Daulat Mohaz', type: 'ORG', cue: 'context:militant-group' });
  });

  it('types an acronym in a sentence about groups', () => {
    expect(find('The BRAS alliance claimed the raid.')[0]).toMatchObject({ text: 'BRAS', type: 'ORG' });
    expect(find('A faction of the JuA said it planned the raid.')[0]).toMatchObject({ text: 'JuA', type: 'ORG' });
  });

  it('keeps "group"/"party" in the span after a person-named faction', () => {
    expect(pairs('Gunmen of the Hakeem Sultan group attacked.')).toContainEqual(['Hakeem Sultan group', 'ORG']);
    expect(pairs('He left the Awami party last year.')).toContainEqual(['Awami party', 'ORG']);
  });

  it('types "X, an ... militia" as ORG, even with a group name inside the apposition', () => {
    expect(pairs('Saraya Awliya al-Dam, an Iran-backed faction, fired rockets.')).toContainEqual(['Saraya Awliya al-Dam', 'ORG']);
    expect(pairs('Ansar Beit al-Maqdis, an al-Qaeda offshoot, fought on.')).toContainEqual(['Ansar Beit al-Maqdis', 'ORG']);
    expect(pairs('Recruits joined the Zulfiqar Brigade, a Shia militia fighting in Syria.')).toContainEqual(['Zulfiqar Brigade', 'ORG']);
  });

  it('recognises a name with a possessive head', () => {
    expect(pairs("A unit called Hamza's Army was formed.")).toContainEqual(["Hamza's Army", 'ORG']);
  });
});
