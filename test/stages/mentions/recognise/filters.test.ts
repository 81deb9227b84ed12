import { describe, expect, it } from 'vitest';
import { find, pairs } from './helpers.ts';

describe('negative filters', () => {
  it('drops newspapers, agencies and channels', () => {
    expect(find('The Express Tribune reported the arrests.')).toEqual([]);
    expect(find('Speaking to Geo News, he denied it.')).toEqual([]);
    expect(find('The Frontier Post and the Daily Times ran the story.')).toEqual([]);
    expect(find('The claim was carried by Al Jazeera within hours.')).toEqual([]);
  });

  it('drops a source cited as "(Name, Month Day, Year)"', () => {
    expect(pairs('Six were killed (Khyber Mail, March 3, 2016).')).toEqual([]);
    expect(pairs('The cell was broken up (Waziristan Watch, May 2, 2015).')).toEqual([]);
  });

  it('drops institutions and facilities, with the place inside them', () => {
    expect(find('Students of the Peshawar Medical College protested.')).toEqual([]);
    expect(find('The Sindh High Court granted bail.')).toEqual([]);
    expect(find('He spoke at the Kohat Press Club.')).toEqual([]);
    expect(find('Officials of the Interior Ministry declined to comment.')).toEqual([]);
    expect(find('Protests spread to the Kabul University area.')).toEqual([]);
    expect(find('Donations reached the Ansar Burney Trust.')).toEqual([]);
  });

  it('drops demonyms and sects', () => {
    expect(find('Pakistani officials said the talks failed.')).toEqual([]);
    expect(find('Many Shia and Sunni families left; Uzbek fighters stayed.')).toEqual([]);
    expect(find('Hazara and Pashtun elders met the Deobandi clerics.')).toEqual([]);
    expect(find('Later he joined the Shia party.')).toEqual([]);
  });

  it('drops months, days and sentence-initial common words', () => {
    expect(find('In March the curfew was lifted on a Friday.')).toEqual([]);
    expect(find('Earlier, authorities had closed the roads. Meanwhile prices rose.')).toEqual([]);
    expect(find('Jihadists and Islamists were blamed.')).toEqual([]);
  });

  it('drops titles and offices that stand alone', () => {
    expect(find('The President and the Defence Secretary disagreed.')).toEqual([]);
  });

  it('needs a strong cue in a Title Case headline', () => {
    const text = 'Gunmen Storm Hotel As Talks Stall In Capital\n\nNothing else happened.';
    expect(find(text)).toEqual([]);
    expect(find('Interview With Robert Hollings Fails\n\nNothing else happened.')).toEqual([]);
    expect(pairs('Lashkar-e-Taiba Claims Attack On Army Camp\n\nThe group denied it.')).toEqual([['Lashkar-e-Taiba', 'ORG']]);
  });

  it('drops all-caps header lines', () => {
    expect(find('LEAVE A REPLY\n\nPLEASE ENTER YOUR COMMENT')).toEqual([]);
  });

  it('never proposes handles, hashtags or URLs', () => {
    expect(find('He tweets as @Khorasan_Voice and uses #JaishNews daily.')).toEqual([]);
    expect(find('See https://example.org/Tehrik-e-Taliban/Report for details.')).toEqual([]);
  });

  it('drops adherents of a creed or party', () => {
    expect(find('Ba\'athists and Marxists met secretly.')).toEqual([]);
  });
});

describe('Title Case lines ending in a full stop', () => {
  it('a headline-style sentence with capitalised function words yields no person', async () => {
    const { createRecogniser } = await import('../../../../src/stages/mentions/recognise/index.ts');
    const r = createRecogniser();
    for (const text of ['Heavy Rain Lashes Northern Districts As Farmers Count Losses.\n', 'Police Chief Orders Inquiry Into Hospital Fire.\n']) {
      expect(r({ text, sentences: [[0, text.length - 1]], taken: [] })).toEqual([]);
    }
  });
});
