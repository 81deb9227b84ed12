/**
 * Transliteration variants of a name, as they turn up across news sources: e-/i-/ul- connectors
 * swapped, a vowel changed, hyphens dropped, al-/el- particles respelled, case changed.
 * Each operator returns the name unchanged when it does not apply.
 */
import type { Rng } from './prng.ts';

type Variant = (name: string, rng: Rng) => string;

/** Lashkar-e-Jhangvi → Lashkar-i-Jhangvi, Lashkar e Jhangvi, Lashkar-e Jhangvi. */
const connector: Variant = (name, rng) =>
  name.replace(/-(e|i|ul|ur)-/, (_m, c: string) => {
    const alt = c === 'e' ? 'i' : c === 'i' ? 'e' : c === 'ul' ? 'al' : 'ul';
    return rng.pick([`-${alt}-`, ` ${c} `, `-${c} `, ` ${alt} `]);
  });

const VOWEL_SWAPS: ReadonlyArray<[RegExp, string[]]> = [
  [/ee/, ['i']],
  [/ou/, ['u', 'o']],
  [/oo/, ['u']],
  [/a/, ['e', 'aa']],
  [/i/, ['ee', 'e']],
  [/u/, ['oo', 'o']],
  [/o/, ['u']],
  [/e/, ['a', 'i']],
];

/** One vowel changed, never the first letter (Jhangvi → Jhangvee, Khorasan → Khurasan). */
const vowel: Variant = (name, rng) => {
  const words = name.split(' ');
  const w = rng.int(0, words.length - 1);
  const word = words[w]!;
  if (word.length < 4) return name;
  const options = VOWEL_SWAPS.filter(([re]) => re.test(word.slice(1)));
  if (options.length === 0) return name;
  const [re, subs] = rng.pick(options);
  words[w] = word[0] + word.slice(1).replace(re, rng.pick(subs));
  return words.join(' ');
};

/** Sipah-e-Sahaba → Sipah e Sahaba or SipaheSahaba-like run-ons (Al-Qaeda → AlQaeda). */
const hyphens: Variant = (name, rng) => (name.includes('-') ? name.replace(/-/g, rng.pick([' ', '', ' '])) : name);

/** al-Qaeda → al Qaeda, el-Qaeda, Al-Qaeda. */
const particle: Variant = (name, rng) => name.replace(/\b([Aa]l)([- ])/, () => rng.pick(['al ', 'el-', 'Al-', 'Al ', 'ul-']));

const CASES: ReadonlyArray<(s: string) => string> = [
  (s) => s.toUpperCase(),
  (s) => s.toLowerCase(),
  (s) => s.replace(/\p{L}+/gu, (w) => w[0]!.toUpperCase() + w.slice(1).toLowerCase()),
];

const caseChange: Variant = (name, rng) => rng.pick(CASES)(name);

const OPERATORS: readonly Variant[] = [connector, vowel, vowel, hyphens, particle, caseChange];

/**
 * A variant of `name`: one or two operators, tried until the name differs (at most 8 tries).
 */
export function variantOf(name: string, rng: Rng): string {
  let out = name;
  const wanted = rng.chance(0.25) ? 2 : 1;
  let applied = 0;
  for (let tries = 0; tries < 8 && (applied < wanted || out === name); tries++) {
    const next = rng.pick(OPERATORS)(out, rng);
    if (next !== out) {
      out = next;
      applied++;
    }
  }
  return out;
}
