/**
 * Weak aliases that OFAC writes only in the Remarks column: `a.k.a. 'LJ'.`
 */

/**
 * Extract the `a.k.a. '…'` names of a Remarks value.
 * @param remarks the Remarks column (fields separated by `; `)
 * @returns names in order, quotes removed
 * Note: the name runs from the first `'` after `a.k.a.` to the last `'` of the field, so a name that
 * ends in an apostrophe survives: `a.k.a. 'AL-DARDA', Abu'` → `AL-DARDA', Abu`.
 */
export function remarkAkas(remarks: string): string[] {
  const out: string[] = [];
  for (const field of remarks.split(/;\s+/)) {
    const m = /^a\.k\.a\.,?\s*'(.*)'\.?$/s.exec(field.trim());
    if (m && m[1]!.trim() !== '') out.push(m[1]!.trim());
  }
  return out;
}
