import { describe, expect, it } from 'vitest';
import { find, pairs } from './helpers.ts';

describe('PERSON rules', () => {
  it('keeps a South Asian honorific in the span', () => {
    expect(pairs('Maulana Fazlur Rehman said the talks would go on.')).toContainEqual(['Maulana Fazlur Rehman', 'PERSON']);
    expect(pairs('The cleric Qari Saifullah Akhtar was freed.')).toContainEqual(['Qari Saifullah Akhtar', 'PERSON']);
  });

  it('starts a name at an honorific inside a capitalised run', () => {
    expect(pairs('The Taliban Mullah Dadullah Lang was killed.')).toEqual(
      expect.arrayContaining([['Taliban', 'ORG'], ['Mullah Dadullah Lang', 'PERSON']]));
  });

  it('leaves English titles and offices out of the span', () => {
    expect(pairs('Defence Secretary Donald Rumsfeld visited the troops.')).toContainEqual(['Donald Rumsfeld', 'PERSON']);
    expect(pairs('He met Mr. Karzai on Tuesday.')).toContainEqual(['Karzai', 'PERSON']);
    expect(pairs('Later, General Raheel Sharif toured the border.')).toContainEqual(['Raheel Sharif', 'PERSON']);
    expect(find('Captain Arthur Benning led the patrol.')[0]).toMatchObject({ text: 'Arthur Benning', cue: 'title' });
  });

  it('uses a lower-case role noun before the name', () => {
    expect(pairs('The group named its spokesman Zubair Wazir in a video.')).toContainEqual(['Zubair Wazir', 'PERSON']);
    expect(find('A statement by commander Gul Bahadar Wazir was read out.')[0]).toMatchObject({ text: 'Gul Bahadar Wazir', cue: 'context:commander' });
  });

  it('reads Arabic name particles', () => {
    expect(pairs('Hamza bin Laden issued a new audio message.')).toContainEqual(['Hamza bin Laden', 'PERSON']);
    expect(pairs('The video showed Abu Hafs al-Masri speaking.')).toContainEqual(['Abu Hafs al-Masri', 'PERSON']);
    expect(pairs('A photograph of Tariq al-Harzi circulated.')).toContainEqual(['Tariq al-Harzi', 'PERSON']);
    expect(pairs('They arrested Muhammad Rafiq Kamboh in March.')).toContainEqual(['Muhammad Rafiq Kamboh', 'PERSON']);
  });

  it('finds a person in an apposition with a role', () => {
    expect(find('Zahid Qureshi, a spokesman for the faction, denied it.')[0]).toMatchObject({ text: 'Zahid Qureshi', type: 'PERSON', cue: 'context:spokesman' });
    expect(pairs('Nasir Baloch, the former chief of the cell, escaped.')).toContainEqual(['Nasir Baloch', 'PERSON']);
    expect(pairs('Ibrar Hussain, 34, was detained.')).toContainEqual(['Ibrar Hussain', 'PERSON']);
  });

  it('finds a person after a speech verb or a naming phrase', () => {
    expect(pairs('"We will return," said Sajid Mir.')).toContainEqual(['Sajid Mir', 'PERSON']);
    expect(pairs('A driver named Fazal Wahab was stopped.')).toContainEqual(['Fazal Wahab', 'PERSON']);
    expect(pairs('The cell was led by Qasim Jan until 2019.')).toContainEqual(['Qasim Jan', 'PERSON']);
  });

  it('reads an alias in parentheses', () => {
    expect(pairs('The courier, Zarar Ahmed (a.k.a. Abu Talha), fled.')).toContainEqual(['Abu Talha', 'PERSON']);
  });

  it('types a known given name followed by a family name', () => {
    expect(find('Witnesses saw Robert Hollings at the scene.')[0]).toMatchObject({ text: 'Robert Hollings', type: 'PERSON' });
  });

  it('types a family name alone like the full name found earlier', () => {
    const out = pairs('Police said Shahzeb Durrani, a trader, was freed. Later Durrani thanked them.');
    expect(out).toEqual(expect.arrayContaining([['Shahzeb Durrani', 'PERSON'], ['Durrani', 'PERSON']]));
  });

  it('reads bylines', () => {
    expect(pairs('Written by Oliver Crane\n\nThe talks ended.')).toContainEqual(['Oliver Crane', 'PERSON']);
    expect(pairs('By Saima Jabeen and Tariq Butt\n\nThe talks ended.')).toEqual(
      expect.arrayContaining([['Saima Jabeen', 'PERSON'], ['Tariq Butt', 'PERSON']]));
  });

  it('does not take a role alone for a name', () => {
    expect(find('The spokesman said nothing more.')).toEqual([]);
  });
});
