/**
 * Script tests for names: the gazetteer is for English news, so only Latin-script names are kept.
 */

const LETTER = /\p{L}/u;
const NON_LATIN_LETTER = /(?![\p{Script=Latin}])\p{L}/u;

/**
 * True when every letter of `s` is Latin script (accents and combining marks allowed) and there is at
 * least one letter.
 * @param s a name
 * Note: digits, spaces and punctuation are neutral; `Laskar 99` is Latin, `زرنج` and `Зарандж` are not.
 */
export function isLatinName(s: string): boolean {
  return LETTER.test(s) && !NON_LATIN_LETTER.test(s);
}

/** True when `s` contains at least one letter that is not Latin script. */
export function hasNonLatinLetter(s: string): boolean {
  return NON_LATIN_LETTER.test(s);
}

/**
 * Tidy one name: NFC, curly double quotes and surrounding straight quotes removed, whitespace collapsed,
 * stray leading/trailing punctuation (`,` `;` `:` `)` `(`) trimmed.
 * @param s raw name
 * @returns cleaned name (possibly empty)
 * Note: apostrophes inside a name (`Qa’ida`, `Hay’at`) are kept as written; the match key folds them.
 */
export function cleanName(s: string): string {
  let t = s.normalize('NFC').replace(/\s+/g, ' ').trim();
  for (let prev = ''; prev !== t; ) {
    prev = t;
    t = t.replace(/^[\s,;:()]+|[\s,;:(]+$/g, '');
    if (t.endsWith(')') && !t.includes('(')) t = t.slice(0, -1).trim();
    const m = /^["“”](.*)["“”]$/.exec(t);
    if (m) t = m[1]!.trim();
  }
  return t;
}
