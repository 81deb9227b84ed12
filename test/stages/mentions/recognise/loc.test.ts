import { describe, expect, it } from 'vitest';
import { find, pairs } from './helpers.ts';

describe('LOC rules', () => {
  it('leaves a lower-case place noun out of the span', () => {
    expect(find('Fighting spread in Kunar province last week.')).toEqual([{ text: 'Kunar', type: 'LOC', cue: 'place-suffix:province' }]);
    expect(pairs('Drones struck Datta Khel tehsil again.')).toContainEqual(['Datta Khel', 'LOC']);
  });

  it('keeps a capitalised place noun that ends the name', () => {
    expect(find('Troops entered Bajaur Agency at dawn.')).toContainEqual({ text: 'Bajaur Agency', type: 'LOC', cue: 'place-suffix:agency' });
  });

  it('types names coordinated with a plural place noun', () => {
    expect(find('Curfew was imposed near Kurram and Orakzai agencies.')).toEqual([
      { text: 'Kurram', type: 'LOC', cue: 'coordination' }, { text: 'Orakzai', type: 'LOC', cue: 'place-suffix:agencies' }]);
  });

  it('splits hyphen-joined places before a place noun', () => {
    expect(pairs('Raids in the Lyari-Kharadar area continued.')).toEqual([['Lyari', 'LOC'], ['Kharadar', 'LOC']]);
  });

  it('types names after "the villages of"', () => {
    expect(find('They fled the villages of Tirah and Bara Qadeem.')).toContainEqual({ text: 'Tirah', type: 'LOC', cue: 'place-of:villages' });
    expect(pairs('They fled the villages of Tirah and Bara Qadeem.')).toContainEqual(['Bara Qadeem', 'LOC']);
  });

  it('types a name after a locative preposition or a compass adjective', () => {
    expect(find('A bomb exploded near Shabqadar yesterday.')[0]).toMatchObject({ text: 'Shabqadar', type: 'LOC', cue: 'context:near' });
    expect(find('Shelling hit northern Helmand again.')).toContainEqual({ text: 'Helmand', type: 'LOC', cue: 'context:northern' });
  });

  it('types both sides of "Town, Country"', () => {
    expect(find('The rally of Mingora, Pakistan, drew crowds.')).toEqual([
      { text: 'Mingora', type: 'LOC', cue: 'context:comma-place' }, { text: 'Pakistan', type: 'LOC', cue: 'lexicon:country' }]);
  });

  it('knows countries, short forms of places, and hyphenated country pairs', () => {
    expect(pairs('Trade between Iran and Pakistan fell.')).toEqual([['Iran', 'LOC'], ['Pakistan', 'LOC']]);
    expect(pairs('Most attacks in FATA targeted US convoys.')).toEqual([['FATA', 'LOC'], ['US', 'LOC']]);
    expect(find('Talks on the India-China border stalled.').map((f) => f.cue)).toEqual(['lexicon:place-part', 'lexicon:place-part']);
    expect(pairs('Talks on the India-China border stalled.')).toEqual([['India', 'LOC'], ['China', 'LOC']]);
  });

  it('types a place by the shape of its name', () => {
    expect(find('Refugees reached Jacobabad by train.')[0]).toMatchObject({ text: 'Jacobabad', type: 'LOC' });
    expect(find('Curfew in South Waziristan was lifted.')[0]).toMatchObject({ text: 'South Waziristan', type: 'LOC' });
    expect(find('Drones hit Spin Khel twice.')[0]).toMatchObject({ text: 'Spin Khel', type: 'LOC', cue: 'place-shape:word' });
  });

  it('types the place of a dateline', () => {
    expect(find('KOHAT: Two policemen were injured.')[0]).toMatchObject({ text: 'KOHAT', type: 'LOC', cue: 'dateline' });
    expect(find('MARDAN, March 4 (Reuters) - Schools shut.')[0]).toMatchObject({ text: 'MARDAN', type: 'LOC' });
  });

  it('glues Arabic connectors inside a place name', () => {
    expect(pairs('In Deir ez-Zor, the fighting went on.')).toContainEqual(['Deir ez-Zor', 'LOC']);
  });

  it('reads a run of names after "in" as a place, not a person', () => {
    expect(find('He spoke at a rally in Dera Ghazi Khan.')[0]).toMatchObject({ text: 'Dera Ghazi Khan', type: 'LOC' });
  });

  it('types a world region', () => {
    expect(pairs('Money flowed from the Middle East to the fighters.')).toContainEqual(['Middle East', 'LOC']);
  });
});
