/**
 * Random documents for the pipeline fuzzer, built from pieces that scrapers bring back: gazetteer
 * names in random variant spellings, acronyms and acronym definitions, astral characters,
 * combining marks, Arabic/Urdu right-to-left text with bidi controls, zero-width characters, NUL
 * and other controls, lone surrogates, CR-only and CRLF line ends, very long lines, quotes,
 * ellipses and abbreviations (U.S., Mr., No. 5).
 */
import fc from 'fast-check';
import type { GazetteerEntry } from '../../src/gazetteer/schema.ts';
import { namesOf } from './gazetteer-arb.ts';

/** A spelling change applied to a name; `pos` picks where (taken modulo the length). */
type VariantOp = (s: string, pos: number) => string;

const at = (s: string, pos: number): number => (s.length === 0 ? 0 : pos % s.length);
const insertAt = (s: string, pos: number, x: string): string => s.slice(0, at(s, pos)) + x + s.slice(at(s, pos));
const letterIndex = (s: string, pos: number, re: RegExp): number => {
  const idx = [...s].map((c, i) => (re.test(c) ? i : -1)).filter((i) => i >= 0);
  return idx.length === 0 ? -1 : idx[pos % idx.length]!;
};
const mapLetter = (s: string, pos: number, re: RegExp, f: (c: string) => string): string => {
  const i = letterIndex(s, pos, re);
  if (i < 0) return s;
  const cs = [...s];
  cs[i] = f(cs[i]!);
  return cs.join('');
};
const FULLWIDTH = (c: string): string => String.fromCodePoint(c.codePointAt(0)! - 0x21 + 0xff01);
const MATH_BOLD = (c: string): string => String.fromCodePoint((/[A-Z]/.test(c) ? 0x1d400 - 0x41 : 0x1d41a - 0x61) + c.codePointAt(0)!);

export const VARIANTS: Record<string, VariantOp> = {
  same: (s) => s,
  upper: (s) => s.toUpperCase(),
  lower: (s) => s.toLowerCase(),
  hyphenToSpace: (s) => s.replace(/-/g, ' '),
  spaceToHyphen: (s) => s.replace(/ /g, '-'),
  qToK: (s) => s.replace(/q/gi, (c) => (c === 'q' ? 'k' : 'K')),
  kToQ: (s) => s.replace(/k/g, 'q'),
  khToK: (s) => s.replace(/kh/gi, (c) => c[0]!),
  double: (s, p) => mapLetter(s, p, /[bcdfghjklmnpqrstvz]/, (c) => c + c),
  vowel: (s, p) => mapLetter(s, p, /[aeiou]/, (c) => ({ a: 'e', e: 'i', i: 'o', o: 'u', u: 'a' })[c] ?? c),
  dropVowel: (s, p) => mapLetter(s, p, /[aeiou]/, () => ''),
  swap: (s, p) => {
    const i = at(s, p);
    return i + 1 < s.length ? s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2) : s;
  },
  combining: (s, p) => mapLetter(s, p, /[a-z]/i, (c) => c + '\u0301'),
  stackedMarks: (s, p) => mapLetter(s, p, /[a-z]/i, (c) => c + '\u0323\u0304\u0301'),
  precomposed: (s) => s.replace(/a/, 'ā').replace(/s/, 'ş'),
  zeroWidth: (s, p) => insertAt(s, p, '\u200B'),
  softHyphen: (s, p) => insertAt(s, p, '\u00AD'),
  zwj: (s, p) => insertAt(s, p, '\u200D'),
  bidiMark: (s, p) => insertAt(s, p, '\u200F'),
  nbsp: (s) => s.replace(/ /g, '\u00A0'),
  doubleSpace: (s) => s.replace(/ /g, '  \t'),
  curly: (s, p) => insertAt(s, p, '\u2019'),
  apostrophe: (s, p) => insertAt(s, p, "'"),
  possessive: (s, p) => s + (p % 2 ? "'s" : '\u2019s'),
  al: (s, p) => (p % 2 ? 'al-' : 'Al ') + s,
  lineBreak: (s) => s.replace(' ', '\n'),
  crBreak: (s) => s.replace(' ', '\r'),
  fullwidth: (s, p) => mapLetter(s, p, /[A-Za-z]/, FULLWIDTH),
  mathBold: (s, p) => mapLetter(s, p, /[A-Za-z]/, MATH_BOLD),
  enDash: (s) => s.replace(/-/g, '\u2013'),
  quoted: (s) => `\u201C${s}\u201D`,
  ligature: (s) => s.replace(/fi/g, '\uFB01'),
  truncate: (s, p) => s.slice(0, Math.max(1, at(s, p))),
};
/** Op names to draw from; edits that only fuzzy matching undoes come up more often. */
const VARIANT_NAMES = [...Object.keys(VARIANTS), 'vowel', 'vowel', 'swap', 'dropVowel', 'double', 'same', 'same'];
/** Acronyms no gazetteer has: the document defines them ("Name (XYZ)") and uses them later. */
const FRESH_ACRONYMS = ['XYZ', 'JuD', 'M.Q.', 'QW-E', 'Jk'];

/** Fixed pieces: punctuation, abbreviations, scripts, controls, odd whitespace. */
export const PIECES = [
  ' ', ' ', ' ', '. ', ', ', '; ', ': ', '? ', '! ', '.', '...', '\u2026', ' \u2026 ', '. . .',
  '\n', '\n\n', '\r\n', '\r', '\r\r\n', '\n\r', '\u2028', '\u2029', '\u0085', '\t', '\u00A0', '\u3000', '\v', '\f',
  'The', 'said', 'the', 'and', 'in', 'He', 'But', 'a', 'attack', 'leader', 'of', 'killed', 'Quetta',
  'U.S.', 'Mr.', 'Mrs.', 'Dr.', 'No. 5', 'Jan.', 'I.S.', 'etc.', 'a.k.a.', 'Ch.', 'Rs. 500', 'vs.', 'L. Paul Bremer',
  '"', "'", '\u201C', '\u201D', '\u2018', '\u2019', '\u00AB', '\u00BB', '(', ')', '[13]', '[', ']', '-', '\u2014', '\u2013', ' - ',
  '3.5', '2:46', '1.', '$5', 'www.Dawn.com', 'targets.The', '\u00BD', '\u2460', '\uFDFA', '\u3231', '\u01C5', '\u0130stanbul', 'STRASSE', 'Stra\u00DFe',
  '\u{1F600}', '\u{1F1F5}\u{1F1F0}', '\u{1D400}\u{1D401}', '\u{20BB7}', '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}',
  '\u0301', 'e\u0301', 'a\u0308\u0301\u0323', '\u0915\u094D\u0937', '\u0E01\u0E34',
  '\u0644\u0634\u06A9\u0631 \u0637\u06CC\u0628\u06C1', '\u0627\u0644\u0642\u0627\u0639\u062F\u0629', '\u062A\u062D\u0631\u06CC\u06A9 \u0637\u0627\u0644\u0628\u0627\u0646 \u067E\u0627\u06A9\u0633\u062A\u0627\u0646', '\u061F', '\u06D4',
  '\u200F', '\u200E', '\u202B', '\u202C', '\u2067', '\u2069', '\u061C',
  '\u200B', '\u200C', '\u200D', '\uFEFF', '\u00AD', '\u2060',
  '\u0000', '\u0001', '\u001B', '\u007F', '\u0080', '\u009F',
  '\uD800', '\uDC00', '\uDBFF', '\uD83D', '\uDE00',
  'LEAVE A REPLY', 'Related Articles', 'Share this:',
];

export interface Names {
  names: string[];
  acronyms: string[];
  /** last words of person names (short forms the document may teach) */
  surnames: string[];
}

/** A gazetteer name or acronym in a random variant spelling (several ops stacked). */
export function nameVariantArb(n: Names): fc.Arbitrary<string> {
  const plain = fc.constantFrom(...n.names);
  const variant = fc
    .tuple(plain, fc.array(fc.tuple(fc.constantFrom(...VARIANT_NAMES), fc.nat(64)), { maxLength: 3 }))
    .map(([name, ops]) => ops.reduce((s, [op, p]) => VARIANTS[op]!(s, p), name));
  const fresh = fc.constantFrom(...FRESH_ACRONYMS);
  const acr = n.acronyms.length > 0 ? fc.oneof(fc.constantFrom(...n.acronyms), fresh) : fresh;
  return fc.oneof(
    { weight: 2, arbitrary: plain },
    { weight: 5, arbitrary: variant },
    { weight: 1, arbitrary: acr },
    { weight: 1, arbitrary: fc.tuple(plain, acr, fc.constantFrom(' (', '(', ' ( ', ' [')).map(([a, b, o]) => `${a}${o}${b})`) },
    { weight: 1, arbitrary: acr.map((a) => a.toLowerCase()) },
    { weight: n.surnames.length > 0 ? 2 : 0, arbitrary: n.surnames.length > 0 ? fc.oneof(fc.constantFrom(...n.surnames), fc.tuple(fc.constantFrom(...n.surnames), fc.nat(64)).map(([x, p]) => VARIANTS.vowel!(x, p))) : plain },
  );
}

/** Characters whose NFKC form is longer (… → "...", ﷺ → four Arabic words, ¨ → space + mark) or shorter (𝐀 → A). */
function compatibilityChars(): { grow: string[]; shrink: string[] } {
  const grow: string[] = [];
  const shrink: string[] = [];
  for (let cp = 0; cp < 0x30000; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const c = String.fromCodePoint(cp);
    const n = c.normalize('NFKC');
    if (n.length > c.length) grow.push(c);
    else if (n.length < c.length) shrink.push(c);
  }
  return { grow, shrink };
}
const COMPAT = compatibilityChars();
const compatArb = fc.oneof(fc.constantFrom(...COMPAT.grow), fc.constantFrom(...COMPAT.shrink), fc.constantFrom('\uFDFA', '\uFDFB', '\uFDF2', '\u2026', '\u2048', '\u2488', '\u33C7', '\u00A8'));

/** Any UTF-16 units at all, lone surrogates included. */
const rawUnitsArb = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 12 }).map((cs) => String.fromCharCode(...cs));

/** A very long line: one piece repeated with spaces, no line break (a few thousand to 30k units). */
const longLineArb = (piece: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc.tuple(piece, fc.integer({ min: 200, max: 3000 })).map(([p, k]) => Array.from({ length: k }, () => p.replace(/[\r\n\u2028\u2029\u0085]/g, ' ')).join(' '));

/**
 * A document for the given gazetteer names.
 * @param maxPieces upper bound on the number of pieces
 */
export function documentArb(n: Names, maxPieces = 40): fc.Arbitrary<string> {
  const name = nameVariantArb(n);
  const piece = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...PIECES) },
    { weight: 5, arbitrary: name },
    { weight: 1, arbitrary: rawUnitsArb },
    { weight: 2, arbitrary: compatArb },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  );
  const seps = fc.constantFrom(' ', ' ', ' ', ' ', '', ' and ', '\n', ', ', '. ');
  const body = fc.array(fc.tuple(piece, seps), { minLength: 1, maxLength: maxPieces }).map((ps) => ps.map(([p, s]) => p + s).join(''));
  return fc.oneof({ weight: 20, arbitrary: body }, { weight: 1, arbitrary: fc.tuple(body, longLineArb(fc.oneof(name, fc.constantFrom(...PIECES))), body).map((xs) => xs.join('')) });
}

/** Names that text may mention, for a whole gazetteer. */
export function gazetteerNames(entries: GazetteerEntry[]): Names {
  const out: Names = { names: [], acronyms: [], surnames: [] };
  for (const e of entries) {
    const n = namesOf(e);
    out.names.push(...n.names);
    out.acronyms.push(...n.acronyms);
    out.surnames.push(...n.surnames);
  }
  return out;
}
