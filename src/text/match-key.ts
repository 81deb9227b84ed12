/**
 * The ONE match-key function of tanzeem. Gazetteer names and article tokens both go through
 * `foldToken`, so transliteration-variant folding lives here and nowhere else.
 *
 * Folding steps, in order (each is a rule, not a listed spelling):
 *  1. Unicode compatibility decomposition, combining marks dropped, lower case (Ā → a, ş → s).
 *  2. Apostrophes and ayn/hamza signs dropped (Qa'eda → qaeda, Shi’ite → shiite).
 *  3. Transliteration alternations: q→k, kh→k, gh→g, ph→f, th→t, dh→z, w→v, ee→i, ii→i, oo→u,
 *     ou→u, uu→u, aa→a; doubled letters single (Hizbullah = Hizbulah); a final h after a vowel
 *     dropped (Jamaah = Jamaa).
 *  4. A glued Arabic connector at the end of a long token is cut (Hizbul, Hizbut, Ahrarul → hizb,
 *     ahrar): -ul, -ut, -us, -ur, -ud on tokens of 6+ letters.
 * Tokens whose key is a connector or particle (e, i, ul, al, el, wal, ...) are "transparent":
 * the matcher skips them inside a name, so Lashkar-e-Jhangvi = Lashkar i Jhangvi = Lashkar Jhangvi,
 * and al-Qaeda = Al Qaeda = Qaeda.
 *
 * Acronyms are different: they are case-sensitive and never folded beyond dropping dots
 * (`acronymKey`): IS ≠ is, LeJ = LeJ, I.S. = IS.
 */
import { tokenise } from './tokenise.ts';

const SPECIAL: Record<string, string> = { ı: 'i', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', đ: 'd', ł: 'l', ħ: 'h', þ: 'th' };
const SPECIAL_RE = /[ıøæœßđłħþ]/g;
const MARKS_RE = /\p{M}+/gu;
const APOSTROPHES_RE = /['’ʼʿʾ`‘]/g;
const ALTERNATIONS: Array<[RegExp, string]> = [
  [/q/g, 'k'],
  [/kh/g, 'k'],
  [/gh/g, 'g'],
  [/ph/g, 'f'],
  [/th/g, 't'],
  [/dh/g, 'z'],
  [/w/g, 'v'],
  [/ee|ii/g, 'i'],
  [/oo|ou|uu/g, 'u'],
  [/aa/g, 'a'],
  [/([b-df-hj-np-tv-z])\1+/g, '$1'],
  [/([aeiou])h$/, '$1'],
];
const GLUED_CONNECTOR_RE = /^(.{4,})(?:ul|ut|us|ur|ud)$/;

/** Token keys that are connectors or particles: skipped inside a name by the matcher. */
export const TRANSPARENT_KEYS: ReadonlySet<string> = new Set([
  'e', 'i', 'ul', 'ut', 'us', 'ur', 'ud', 'un', 'al', 'el', 'val', 'ad', 'as', 'ash', 'az', 'ar',
]);

/** Particles that are part of a name when they lead it ("al-Qaeda", "Al Qaeda"). */
export const LEADING_PARTICLE_KEYS: ReadonlySet<string> = new Set(['al', 'el', 'ad', 'as', 'ash', 'az', 'ar']);

const cache = new Map<string, string>();

/**
 * Fold one token to its match key.
 * @param surface a single token as cut by `tokenise`
 * @returns the lossy key; '' for a token with no letters or digits
 */
export function foldToken(surface: string): string {
  const hit = cache.get(surface);
  if (hit !== undefined) return hit;
  let k = surface.normalize('NFKD').replace(MARKS_RE, '').toLowerCase();
  k = k.replace(SPECIAL_RE, (c) => SPECIAL[c] ?? c).replace(APOSTROPHES_RE, '').replace(/\./g, '');
  for (const [re, to] of ALTERNATIONS) k = k.replace(re, to);
  const glued = GLUED_CONNECTOR_RE.exec(k);
  if (glued && k.length >= 6) k = glued[1]!;
  if (cache.size > 200_000) cache.clear();
  cache.set(surface, k);
  return k;
}

/**
 * Match key of a whole name: its tokens folded, transparent connectors dropped, joined by spaces.
 * @param name a gazetteer name or a span of text
 * @returns e.g. "Lashkar-e-Jhangvi" → "lashkar jhangvi"; "al Qa'eda" → "kaeda"
 */
export function toMatchKey(name: string): string {
  return toKeyTokens(name).join(' ');
}

/** The folded, non-transparent token keys of a name, in order. */
export function toKeyTokens(name: string): string[] {
  const out: string[] = [];
  for (const t of tokenise(name)) {
    const k = foldToken(t.surface);
    if (k !== '' && !TRANSPARENT_KEYS.has(k)) out.push(k);
  }
  return out;
}

/**
 * Key of an acronym token: case kept, dots dropped ("I.S." → "IS", "LeJ" → "LeJ").
 * @param surface one token
 */
export function acronymKey(surface: string): string {
  return surface.replace(/\./g, '');
}

/** Case-sensitive key tokens of an acronym that may contain hyphens ("ISK-P" → ["ISK", "P"]). */
export function toAcronymTokens(acronym: string): string[] {
  return tokenise(acronym).map((t) => acronymKey(t.surface)).filter((k) => k !== '');
}

/**
 * Consonant signature used to find fuzzy candidates: consonants of the key, sorted. Vowel changes
 * (Khorasani/Khursani) and consonant transpositions (Laskhar/Lashkar) keep the signature.
 */
export function consonantSignature(key: string): string {
  return key.replace(/[aeiouy\d]/g, '').split('').sort().join('');
}
