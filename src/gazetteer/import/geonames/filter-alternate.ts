/**
 * Decide whether a GeoNames alternate name is worth an alias in an English-news gazetteer.
 */
import { isLatinName } from '../script.ts';

/** Why an alternate name is not used. */
export type AlternateDropReason = 'empty' | 'non-latin' | 'airport-code' | 'lowercase-romanisation' | 'english-word';

/**
 * Judge one alternate name; rules apply in this order.
 * @param alt the alternate as written in `alternatenames`
 * @param stoplist common English words, lower case
 * @returns null to keep it, or the reason to drop it
 * Note: the rules — any non-Latin letter (`زرنج`, `Зарандж`); all-caps 3–4 letters, i.e. IATA/ICAO
 * codes (`UET`, `OPQT`); no capital letter at all, i.e. GeoNames' lower-case romanisations of non-Latin
 * forms (`zrnj`, `ta lu kan`, `zha lan ji`); a common English word (`Tell`, `Bust`, `Hit`), matched on
 * the whole name, lower-cased.
 */
export function dropReason(alt: string, stoplist: ReadonlySet<string>): AlternateDropReason | null {
  const a = alt.trim();
  if (a === '') return 'empty';
  if (!isLatinName(a)) return 'non-latin';
  if (/^[A-Z]{3,4}$/.test(a)) return 'airport-code';
  if (!/\p{Lu}/u.test(a)) return 'lowercase-romanisation';
  if (stoplist.has(a.toLowerCase())) return 'english-word';
  return null;
}

/**
 * Read a stoplist file: one word per line, `#` comments and blank lines ignored, lower-cased.
 * @param text file contents
 */
export function parseStoplist(text: string): Set<string> {
  const out = new Set<string>();
  for (const line of text.split(/\r?\n/)) {
    const w = line.trim();
    if (w !== '' && !w.startsWith('#')) out.add(w.toLowerCase());
  }
  return out;
}
