import { describe, expect, it } from 'vitest';
import { neutraliseCsvCell } from '../../src/report/neutralise-csv-cell.ts';

describe('neutraliseCsvCell', () => {
  it.each([
    ['=HYPERLINK("http://example.invalid","x")', `'=HYPERLINK("http://example.invalid","x")`],
    ['+SUM(A1:A2)', `'+SUM(A1:A2)`],
    ['-2+3', `'-2+3`],
    ['@Khorasan_Diary', `'@Khorasan_Diary`],
    ['\t=1', `'\t=1`],
    ['\r=1', `'\r=1`],
    ['-', `'-`],
  ])('prefixes a formula-like cell %j', (input, expected) => {
    expect(neutraliseCsvCell(input)).toBe(expected);
  });

  it.each(['-12', '+3.5', '-0.25', '1e-3', '-1E+4', '42', '.5'])('keeps the plain number %j', (n) => {
    expect(neutraliseCsvCell(n)).toBe(n);
  });

  it('keeps numbers as numbers, negative ones included', () => {
    expect(neutraliseCsvCell(-3)).toBe(-3);
    expect(neutraliseCsvCell(7)).toBe(7);
  });

  it.each(['Lashkar-e-Jhangvi', 'a=b', ' =x', "'quoted", '', 'نیوز'])('leaves ordinary text %j alone', (s) => {
    expect(neutraliseCsvCell(s)).toBe(s);
  });
});
