import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normaliseText } from '../../src/stages/normalise/normalise-text.ts';
import { decodeOffsets, encodeOffsets, spanFromOriginal, spanToOriginal } from '../../src/text/offset-map.ts';

const PIECES = ['a', 'B', ' ', '  ', '\t', '\n', '\r\n', '\r', '\u00A0', '\uFEFF', '\u200B', '…', '—', '–', '“', '”', '’', 'ﬁ', 'é', 'e\u0301', '𝕏', '\u0000', '\uD800', 'ا', 'Qa’eda', '\u00AD', 'Ｌ', '.'];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((a) => a.join(''));

describe('normaliseText keeps an exact map back to the original', () => {
  it('maps curly quotes, dashes, NBSP, CRLF, BOM and ellipsis', () => {
    const o = '\uFEFFAl Qa’eda—their\u00A0leader… said\r\nnext';
    const { text: t } = normaliseText(o);
    expect(t).toBe("Al Qa'eda-their leader... said\nnext");
  });

  it('every normalised span maps to an original span that contains exactly what produced it', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (o, a, b) => {
        const { text: t, map } = normaliseText(o);
        if (t.length === 0) return;
        const s = a % t.length;
        const e = s + 1 + (b % (t.length - s));
        const [os, oe] = spanToOriginal(map, s, e);
        expect(0 <= os && os <= oe && oe <= o.length).toBe(true);
        // re-normalising the original slice gives back the normalised slice (a part of an expansion maps to
        // the whole original character, so the slice is contained), modulo space collapsing at the edges
        expect(normaliseText(o.slice(os, oe)).text).toContain(t.slice(s, e).trim());
      }),
      { numRuns: 400, seed: 42 },
    );
  });

  it('the serialised offsets decode to the same map', () => {
    fc.assert(
      fc.property(text, (o) => {
        const { text: t, map } = normaliseText(o);
        const back = decodeOffsets(encodeOffsets(map), t.length, o.length);
        expect(Array.from(back.origStart)).toEqual(Array.from(map.origStart));
        expect(Array.from(back.origEnd)).toEqual(Array.from(map.origEnd));
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('spanFromOriginal inverts spanToOriginal on whole units', () => {
    const o = 'Al Qa’eda…\r\nQuetta';
    const { text: t, map } = normaliseText(o);
    const s = t.indexOf('Quetta');
    const [os, oe] = spanToOriginal(map, s, s + 6);
    expect(o.slice(os, oe)).toBe('Quetta');
    expect(spanFromOriginal(map, os, oe)).toEqual([s, s + 6]);
  });
});
