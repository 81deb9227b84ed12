import { describe, expect, it } from 'vitest';
import { acronymKey, foldToken, toMatchKey } from '../../src/text/match-key.ts';
import { editBudget, weightedDistance } from '../../src/text/edit-distance.ts';

const same = (a: string, b: string) => expect(toMatchKey(a), `${a} vs ${b}`).toBe(toMatchKey(b));

describe('toMatchKey folds transliteration variants to one key', () => {
  it('connectors and hyphens: Lashkar-e-Jhangvi = Lashkar-i-Jhangvi = Lashkar e Jhangvi', () => {
    same('Lashkar-e-Jhangvi', 'Lashkar-i-Jhangvi');
    same('Lashkar-e-Jhangvi', 'Lashkar e Jhangvi');
    same('Tehrik-e Taliban', 'Tehrik-i-Taliban');
  });
  it('particles, apostrophes and case: al-Qaeda = al Qa’eda = AL QAEDA', () => {
    same('al-Qaeda', "al Qa'eda");
    same('al-Qaeda', 'al Qa’eda');
    same('al-Qaeda', 'AL QAEDA');
  });
  it('vowel digraphs and consonant alternations: Tehreek = Tehrik, Qari = Kari, Wilayat = Vilayat', () => {
    same('Tehreek-e-Taliban', 'Tehrik-e-Taliban');
    same('Qari Hekmat', 'Kari Hekmat');
    same('Wilayat-e-Khorasan', 'Vilayat Khorasan');
    same('Hizbullah', 'Hizbulah');
  });
  it('glued connectors: Hizbut Tahrir = Hizb-ut-Tahrir = Hizbul Tahrir', () => {
    same('Hizbut Tahrir', 'Hizb-ut-Tahrir');
    same('Hizbut Tahrir', 'Hizbul Tahrir');
  });
  it('diacritics: Nangarhār = Nangarhar', () => same('Nangarhār', 'Nangarhar'));
  it('keeps different names apart', () => {
    expect(toMatchKey('Lashkar-e-Jhangvi al-Alami')).not.toBe(toMatchKey('Lashkar-e-Jhangvi'));
    expect(toMatchKey('Islamic State Khorasan Province')).not.toBe(toMatchKey('Islamic State'));
    expect(toMatchKey('Kabul')).not.toBe(toMatchKey('Kabil'));
  });
  it('a possessive is not part of the key', () => same("Jhangvi's", 'Jhangvi'));
  it('foldToken of a pure connector is transparent-sized', () => expect(foldToken('e')).toBe('e'));
});

describe('acronymKey is case-sensitive and drops dots only', () => {
  it('I.S. = IS, but IS ≠ is; LeJ stays LeJ', () => {
    expect(acronymKey('I.S.')).toBe('IS');
    expect(acronymKey('is')).not.toBe(acronymKey('IS'));
    expect(acronymKey('LeJ')).toBe('LeJ');
  });
});

describe('weightedDistance', () => {
  it('vowel edits cost half: Khorsani → Khorasani is 0.5 after folding', () => {
    expect(weightedDistance(toMatchKey('Khorsani'), toMatchKey('Khorasani'), 2)).toBe(0.5);
  });
  it('adjacent transposition costs 1: Laskhar → Lashkar', () => {
    expect(weightedDistance('laskhar', 'lashkar', 2)).toBe(1);
  });
  it('returns Infinity above the budget', () => {
    expect(weightedDistance('kabul', 'kandahar', 1)).toBe(Infinity);
  });
  it('budget grows with length and is 0 for short keys', () => {
    expect(editBudget(4)).toBe(0);
    expect(editBudget(6)).toBe(0.5);
    expect(editBudget(12)).toBe(2);
  });
});
