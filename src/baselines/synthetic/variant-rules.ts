/**
 * Rules that make a spelling variant of a name, chosen to differ from the rules the matcher folds
 * (match-key.ts): typing slips (keyboard-neighbour substitution, dropped, doubled and transposed
 * letters), vowel swaps, separator changes, connector swaps, case changes and Arabic article
 * prefixes. Typing slips never touch the first letter of a word (writers rarely misspell it).
 * A rule returns null when it cannot apply to the name.
 */
import type { Prng } from './prng.ts';

/** One variant rule. */
export interface VariantRule {
  name: string;
  apply: (name: string, rng: Prng) => string | null;
}

const KEYBOARD_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

/** QWERTY neighbours of a lower-case letter (same row left/right, and the rows above and below). */
export function keyboardNeighbours(letter: string): string {
  const r = KEYBOARD_ROWS.findIndex((row) => row.includes(letter));
  if (r < 0) return '';
  const c = KEYBOARD_ROWS[r]!.indexOf(letter);
  let out = '';
  for (const [dr, dcs] of [[0, [-1, 1]], [-1, [0, 1]], [1, [-1, 0]]] as const) {
    const row = KEYBOARD_ROWS[r + dr];
    if (!row) continue;
    for (const dc of dcs) {
      const ch = row[c + dc];
      if (ch) out += ch;
    }
  }
  return out;
}

const VOWELS = 'aeiou';
const LETTER_RE = /\p{L}/u;

/** Positions of ASCII letters that are not the first letter of a word of 4+ letters. */
function innerLetters(name: string): number[] {
  const out: number[] = [];
  for (const m of name.matchAll(/\p{L}{4,}/gu)) for (let i = 1; i < m[0].length; i++) if (/[a-z]/i.test(m[0][i]!)) out.push(m.index + i);
  return out;
}

const keepCase = (from: string, to: string): string => (from === from.toUpperCase() && from !== from.toLowerCase() ? to.toUpperCase() : to);
const at = (s: string, i: number, by: string, len = 1): string => s.slice(0, i) + by + s.slice(i + len);

const CONNECTORS = ['e', 'i', 'ul', 'al', 'ud', 'ut'];
const CONNECTOR_RE = /(?<=\p{L})([-\s])(e|i|ul|al|el|ud|ut|us|ur|ush|wal)([-\s])(?=\p{L})/giu;
const ARTICLE_RE = /^(al|el|ul|ad|ash|as)([-\s])(?=\p{L})/iu;

/** The rules, in report order. */
export const VARIANT_RULES: readonly VariantRule[] = [
  {
    name: 'keyboard',
    apply(name, rng) {
      const pos = innerLetters(name);
      if (pos.length === 0) return null;
      const i = rng.pick(pos);
      const near = keyboardNeighbours(name[i]!.toLowerCase());
      return near ? at(name, i, keepCase(name[i]!, rng.pick([...near]))) : null;
    },
  },
  {
    name: 'drop',
    apply(name, rng) {
      const pos = innerLetters(name);
      return pos.length === 0 ? null : at(name, rng.pick(pos), '');
    },
  },
  {
    name: 'double',
    apply(name, rng) {
      const pos = innerLetters(name);
      if (pos.length === 0) return null;
      const i = rng.pick(pos);
      return at(name, i, name[i]! + name[i]!);
    },
  },
  {
    name: 'transpose',
    apply(name, rng) {
      const pos = innerLetters(name).filter((i) => LETTER_RE.test(name[i + 1] ?? '') && name[i + 1]!.toLowerCase() !== name[i]!.toLowerCase());
      if (pos.length === 0) return null;
      const i = rng.pick(pos);
      return at(name, i, name[i + 1]! + name[i]!, 2);
    },
  },
  {
    name: 'vowel',
    apply(name, rng) {
      const pos = [...name.matchAll(/\p{L}{3,}/gu)].flatMap((m) => m[0].split('').flatMap((ch, k) => (VOWELS.includes(ch.toLowerCase()) ? [m.index + k] : [])));
      if (pos.length === 0) return null;
      const i = rng.pick(pos);
      const others = [...VOWELS].filter((v) => v !== name[i]!.toLowerCase());
      return at(name, i, keepCase(name[i]!, rng.pick(others)));
    },
  },
  {
    name: 'separator',
    apply(name, rng) {
      const pos = [...name].flatMap((ch, i) => ((ch === '-' || ch === ' ') && LETTER_RE.test(name[i - 1] ?? '') && LETTER_RE.test(name[i + 1] ?? '') ? [i] : []));
      if (pos.length === 0) return null;
      const i = rng.pick(pos);
      return at(name, i, rng.pick(['-', ' ', ''].filter((s) => s !== name[i])));
    },
  },
  {
    name: 'connector',
    apply(name, rng) {
      const found = [...name.matchAll(CONNECTOR_RE)];
      if (found.length === 0) return null;
      const m = rng.pick(found);
      const to = rng.pick(CONNECTORS.filter((c) => c !== m[2]!.toLowerCase()));
      return at(name, m.index, `${m[1]}${to}${m[3]}`, m[0].length);
    },
  },
  {
    name: 'case',
    apply(name, rng) {
      const forms = [name.toUpperCase(), name.toLowerCase(), name.replace(/\p{L}+/gu, (w) => w[0]!.toUpperCase() + w.slice(1).toLowerCase())].filter((f) => f !== name);
      return forms.length === 0 ? null : rng.pick(forms);
    },
  },
  {
    name: 'article',
    apply(name, rng) {
      const m = ARTICLE_RE.exec(name);
      if (m) {
        const forms = ['al-', 'el-', 'ul-', 'Al ', 'El-', ''].filter((f) => f.toLowerCase() !== (m[1]! + m[2]!).toLowerCase());
        return rng.pick(forms) + name.slice(m[0].length);
      }
      return rng.pick(['al-', 'Al ', 'el-', 'Al-']) + name;
    },
  },
];
