/**
 * Weighted optimal-string-alignment (Damerau–Levenshtein with adjacent transpositions) distance
 * between two match keys, tuned for transliteration: an edit that touches only vowels costs 0.5
 * (Khorasani/Khursani), any other insertion, deletion, substitution or adjacent transposition
 * costs 1 (Laskhar/Lashkar). Stops early once the distance must exceed `max`.
 */
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

function unitCost(c: string): number {
  return VOWELS.has(c) ? 0.5 : 1;
}

/**
 * @param a first key
 * @param b second key
 * @param max budget; the result is `Infinity` once it is certainly above `max`
 * @returns the weighted distance, or Infinity when above `max`
 */
export function weightedDistance(a: string, b: string, max: number): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) * 0.5 > max) return Infinity;
  const n = a.length;
  const m = b.length;
  let prev2 = new Float64Array(m + 1);
  let prev = new Float64Array(m + 1);
  let cur = new Float64Array(m + 1);
  for (let j = 1; j <= m; j++) prev[j] = prev[j - 1]! + unitCost(b[j - 1]!);
  for (let i = 1; i <= n; i++) {
    const ca = a[i - 1]!;
    cur[0] = prev[0]! + unitCost(ca);
    let rowMin = cur[0]!;
    for (let j = 1; j <= m; j++) {
      const cb = b[j - 1]!;
      const sub = ca === cb ? 0 : VOWELS.has(ca) && VOWELS.has(cb) ? 0.5 : 1;
      let v = Math.min(prev[j]! + unitCost(ca), cur[j - 1]! + unitCost(cb), prev[j - 1]! + sub);
      if (i > 1 && j > 1 && ca === b[j - 2] && a[i - 2] === cb) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return Infinity;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  const d = prev[m]!;
  return d > max ? Infinity : d;
}

/**
 * Edit budget for a key of this length: none up to 4 letters, 0.5 (one vowel edit) up to 6,
 * 1.5 up to 10, 2 above. Short names differ from other short names by one consonant too often
 * (Mosul, Moghul) for more.
 * Note: acronyms never reach this function; they are matched exactly.
 */
export function editBudget(length: number): number {
  if (length <= 4) return 0;
  if (length <= 6) return 0.5;
  if (length <= 10) return 1.5;
  return 2;
}
