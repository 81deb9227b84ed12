import { describe, expect, it } from 'vitest';
import { compileSplitOptions } from '../../../../src/stages/sentences/options.ts';
import { abbreviation, classifyAbbreviation } from '../../../../src/stages/sentences/rules/05-abbreviation.ts';
import { verdictAt } from './helpers.ts';

const config = compileSplitOptions({});

describe('05 abbreviation', () => {
  it.each([
    ['Mr.', 'title'], ['MRS.', 'title'], ['Gen.', 'title'], ['e.g.', 'title'], ['a.k.a.', 'title'],
    ['Lt.Col.', 'title'], ['U.S.', 'final'], ['Iraqi-U.S.', 'final'], ['U.S.A.', 'final'],
    ['Ph.D.', 'final'], ['etc.', 'final'], ['Inc.', 'final'], ['Jan.', 'final'], ['No.', 'numeric'],
    ['pp.', 'numeric'], ['jan.', undefined], ['Laden.', undefined], ['2005.', undefined],
  ])('classifies %s as %s', (token, kind) => {
    expect(classifyAbbreviation(token, config)).toBe(kind);
  });

  it('never splits after a title', () => {
    expect(verdictAt(abbreviation, 'Mr. He')).toBe('merge');
    expect(verdictAt(abbreviation, 'met Gen. Abizaid')).toBe('merge');
  });

  it('splits after a final abbreviation only before a sentence starter', () => {
    expect(verdictAt(abbreviation, 'in the U.S|. He said')).toBe('split');
    expect(verdictAt(abbreviation, 'in the U.S|. “We are')).toBe('split');
    expect(verdictAt(abbreviation, 'the U.S|. Defence Secretary')).toBe('merge');
    expect(verdictAt(abbreviation, 'the U.S|. troops')).toBe('merge');
    expect(verdictAt(abbreviation, 'on Jan. 5')).toBe('merge');
  });

  it('treats numeric abbreviations as such only before a number', () => {
    expect(verdictAt(abbreviation, 'Bus No. 5')).toBe('merge');
    expect(verdictAt(abbreviation, 'The answer was No. Then')).toBeUndefined();
  });

  it('passes on ordinary words and on runs longer than one dot', () => {
    expect(verdictAt(abbreviation, 'bin Laden. He')).toBeUndefined();
    expect(verdictAt(abbreviation, 'the U.S|... He')).toBeUndefined();
  });
});
