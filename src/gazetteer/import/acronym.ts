/**
 * Acronym tests. Acronyms go to `acronyms` (case-sensitive, never fuzzy-matched), not `aliases`.
 */

/**
 * True for an all-caps short form: 2–6 letters, digits and inner hyphens allowed, starting with a
 * letter (`LJ`, `TTP`, `ISIS-K`, `AAS-T`, `BIF-USA`, `LIFG`).
 * @param s candidate (already trimmed)
 * Note: `ISIL-SEA` (7 letters) is not an acronym by this rule; see `isNameAcronym` for the
 * parenthesised case.
 */
export function isAcronym(s: string): boolean {
  if (!/^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*$/.test(s)) return false;
  const letters = s.replace(/[^A-Z]/g, '').length;
  return letters >= 2 && letters <= 6;
}

/**
 * True when a parenthesised token is the acronym of `name`: no spaces, at least two capitals, no two
 * lower-case letters in a row (`JuA` yes, `Kenya` no), at most 8 letters, and its letters appear in
 * order in `name`, the first one at the start of a word. This keeps `(LJ)`, `(TTP)`, `(ISIL-K)`,
 * `(JuA)`, `(RSRSBCM)` and rejects `(PAKISTAN)` after `AL-HARAMAIN FOUNDATION`, and a token that is
 * itself a word of the name.
 * @param token text inside the parentheses
 * @param name the name the parentheses follow
 */
export function isNameAcronym(token: string, name: string): boolean {
  if (/\s/.test(token) || /[a-z]{2}/.test(token)) return false;
  const letters = token.replace(/[^A-Za-z]/g, '').toUpperCase();
  if (letters.length < 2 || letters.length > 8 || (token.match(/[A-Z]/g) ?? []).length < 2) return false;
  if (!/^[A-Za-z][A-Za-z0-9-]*$/.test(token)) return false;
  const upper = name.toUpperCase();
  // A word of the name is not its acronym: `(PASDARAN)` after `PASDARAN-E ENGHELAB-E ISLAMI`.
  if (upper.split(/[^A-Z0-9]+/).includes(token.toUpperCase().replace(/-/g, ''))) return false;
  if (upper.split(/[^A-Z0-9-]+/).includes(token.toUpperCase())) return false;
  const starts = new Set<number>();
  for (const m of upper.matchAll(/(?:^|[^A-Z0-9])([A-Z])/g)) starts.add(m.index + m[0].length - 1);
  for (const start of starts) {
    if (upper[start] !== letters[0]) continue;
    let i = 1;
    for (let p = start + 1; p < upper.length && i < letters.length; p++) if (upper[p] === letters[i]) i++;
    if (i === letters.length) return true;
  }
  return false;
}
