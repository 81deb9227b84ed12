import { describe, expect, it } from 'vitest';
import { find, pairs } from './helpers.ts';

describe('PERSON rules', () => {
  it('keeps a South Asian honorific in the span', () => {
    expect(find('Maulana Fazlur Rehman said the talks would go on.')).toContainEqual({ text: 'Maulana Fazlur Rehman', type: 'PERSON', cue: 'honorific' });
    expect(find('The cleric Qari Saifullah Akhtar was freed.')).toContainEqual({ text: 'Qari Saifullah Akhtar', type: 'PERSON', cue: 'honorific' });
  });

  it('starts a name at an honorific inside a capitalised run', () => {
    expect(pairs('The Taliban Mullah Dadullah Lang was killed.')).toEqual(
      expect.arrayContaining([['Taliban', 'ORG'], ['Mullah Dadullah Lang', 'PERSON']]));
  });

  it('leaves English titles and offices out of the span', () => {
    expect(pairs('Defence Secretary Donald Rumsfeld visited the troops.')).toContainEqual(['Donald Rumsfeld', 'PERSON']);
    expect(find('He met Mr. Karzai on Tuesday.')).toContainEqual({ text: 'Karzai', type: 'PERSON', cue: 'title' });
    expect(pairs('Later, General Raheel Sharif toured the border.')).toContainEqual(['Raheel Sharif', 'PERSON']);
    expect(find('Captain Arthur Benning led the patrol.')[0]).toMatchObject({ text: 'Arthur Benning', cue: 'title' });
  });

  it('uses a lower-case role noun before the name', () => {
    expect(pairs('The group named its spokesman Zubair Wazir in a video.')).toContainEqual(['Zubair Wazir', 'PERSON']);
    expect(find('A statement by commander Gul Bahadar Wazir was read out.')[0]).toMatchObject({ text: 'Gul Bahadar Wazir', cue: 'context:commander' });
  });

  it('reads Arabic name particles', () => {
    expect(find('Hamza bin Laden issued a new audio message.')).toContainEqual({ text: 'Hamza bin Laden', type: 'PERSON', cue: 'particle:bin' });
    expect(find('The video showed Abu Hafs al-Masri speaking.')).toContainEqual({ text: 'Abu Hafs al-Masri', type: 'PERSON', cue: 'particle:abu' });
    expect(find('A photograph of Tariq al-Harzi circulated.')).toContainEqual({ text: 'Tariq al-Harzi', type: 'PERSON', cue: 'particle:al' });
    expect(find('They arrested Muhammad Rafiq Kamboh in March.')).toContainEqual({ text: 'Muhammad Rafiq Kamboh', type: 'PERSON', cue: 'particle:muhammad' });
  });

  it('finds a person in an apposition with a role', () => {
    expect(find('Gulzar Imam, 34, was detained.')).toContainEqual({ text: 'Gulzar Imam', type: 'PERSON', cue: 'context:age' });
    expect(find('Zahid Qureshi, a spokesman for the faction, denied it.')[0]).toMatchObject({ text: 'Zahid Qureshi', type: 'PERSON', cue: 'context:spokesman' });
    expect(pairs('Nasir Baloch, the former chief of the cell, escaped.')).toContainEqual(['Nasir Baloch', 'PERSON']);
    expect(pairs('Ibrar Hussain, 34, was detained.')).toContainEqual(['Ibrar Hussain', 'PERSON']);
  });

  it('finds a person after a speech verb or a naming phrase', () => {
    expect(find('"We will return," said Sajid Mir.')).toContainEqual({ text: 'Sajid Mir', type: 'PERSON', cue: 'context:said' });
    expect(find('A driver named Fazal Wahab was stopped.')).toContainEqual({ text: 'Fazal Wahab', type: 'PERSON', cue: 'context:named' });
    expect(find('The cell was led by Qasim Jan until 2019.')).toContainEqual({ text: 'Qasim Jan', type: 'PERSON', cue: 'context:led by' });
  });

  it('reads an alias in parentheses', () => {
    expect(find('The courier, Zarar Ahmed (a.k.a. Qadri Sahib), fled.')).toContainEqual({ text: 'Qadri Sahib', type: 'PERSON', cue: 'context:a.k.a' });
  });

  it('types a known given name followed by a family name', () => {
    expect(find('Witnesses saw Robert Hollings at the scene.')[0]).toMatchObject({ text: 'Robert Hollings', type: 'PERSON', cue: 'lexicon:first-name' });
  });

  it('types a family name alone like the full name found earlier', () => {
    const out = find('Police said Shahzeb Durrani, a trader, was freed. Later Durrani thanked them.');
    expect(out).toEqual([{ text: 'Shahzeb Durrani', type: 'PERSON', cue: 'context:said' }, { text: 'Durrani', type: 'PERSON', cue: 'doc-propagate' }]);
  });

  it('reads bylines', () => {
    expect(find('Written by Oliver Crane\n\nThe talks ended.')).toContainEqual({ text: 'Oliver Crane', type: 'PERSON', cue: 'byline' });
    expect(pairs('By Saima Jabeen and Tariq Butt\n\nThe talks ended.')).toEqual(
      expect.arrayContaining([['Saima Jabeen', 'PERSON'], ['Tariq Butt', 'PERSON']]));
  });

  it('falls back on runs of proper nouns outside headlines', () => {
    expect(find('The guests included Zarghuna Wardak and others.')).toContainEqual({ text: 'Zarghuna Wardak', type: 'PERSON', cue: 'pos:PROPN' });
  });

  it('does not take a role alone for a name', () => {
    expect(find('The spokesman said nothing more.')).toEqual([]);
  });
});
