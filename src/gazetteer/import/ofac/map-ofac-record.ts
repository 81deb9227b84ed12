/**
 * Map one OFAC SDN record (plus its alt.csv aliases) to a gazetteer entry (pure).
 */
import { addAliasValue } from '../add-alias-value.ts';
import { createAliasSet } from '../alias-set.ts';
import type { ImportedEntry } from '../entry.ts';
import { parseOrgName } from '../org-name.ts';
import { personName } from '../person-names.ts';
import type { DroppedName } from '../report.ts';
import { cleanName, isLatinName } from '../script.ts';
import { splitAliasValue } from '../split-alias.ts';
import type { AltRow, SdnRow } from './parse-ofac-csv.ts';
import { remarkAkas } from './remark-akas.ts';

/** An entry, or the reason the record could not become one; plus the names dropped on the way. */
export type OfacMapResult =
  | { ok: true; entry: ImportedEntry; dropped: DroppedName[]; duplicates: number }
  | { ok: false; reason: string; dropped: DroppedName[] };

/** alt.csv alias types that name the same entity: also known as, formerly, now known as. */
const ALIAS_TYPES = new Set(['aka', 'fka', 'nka']);

/**
 * Map a record: entity (type `-0-`) → ORG, `individual` → PERSON, id `ofac/<ent_num>`.
 * @param row the sdn.csv row
 * @param alts its alt.csv rows, in file order
 * @returns the entry, or the reason (vessels and aircraft are not entities of this gazetteer)
 * Note: individuals are written `LAST, First` and become `First Last`; a parenthesised part of an
 * individual's primary name (`SANTOS, Ahmad (Ahmed)`) becomes a weak alias. Remarks `a.k.a. '…'`
 * names are weak aliases.
 */
export function mapOfacRecord(row: SdnRow, alts: readonly AltRow[]): OfacMapResult {
  const dropped: DroppedName[] = [];
  if (row.type === 'vessel' || row.type === 'aircraft') {
    return { ok: false, reason: `${row.type}: not an ORG or PERSON`, dropped };
  }
  if (row.type !== '' && row.type !== 'individual') return { ok: false, reason: `unknown SDN_Type '${row.type}'`, dropped };
  const listed = cleanName(row.name);
  if (listed === '') return { ok: false, reason: 'empty SDN_Name', dropped };
  if (!isLatinName(listed)) return { ok: false, reason: 'SDN_Name is not in Latin script', dropped };
  const isOrg = row.type === '';
  const type = isOrg ? 'ORG' : 'PERSON';
  const ref = row.entNum;
  let canonical: string;
  let names: ReturnType<typeof createAliasSet>;
  if (isOrg) {
    const org = parseOrgName(listed);
    canonical = org.canonical;
    names = createAliasSet(canonical);
    for (const a of org.acronyms) names.add(a, 'acronym');
    for (const a of org.aliases) names.add(a, 'alias');
  } else {
    const split = splitAliasValue(listed);
    const base = split.parts.find((p) => !p.inParens)?.value ?? split.parts[0]?.value ?? listed;
    canonical = personName(base);
    names = createAliasSet(canonical);
    dropped.push(...addAliasValue(names, listed, { type, weak: false, ref }));
  }
  if (canonical === '') return { ok: false, reason: 'name is empty after cleaning', dropped };
  for (const alt of alts) {
    if (!ALIAS_TYPES.has(alt.altType)) {
      dropped.push({ ref, value: alt.altName, reason: `alt_type '${alt.altType}'` });
      continue;
    }
    dropped.push(...addAliasValue(names, alt.altName, { type, weak: false, ref }));
  }
  for (const aka of remarkAkas(row.remarks)) dropped.push(...addAliasValue(names, aka, { type, weak: true, ref }));
  const got = names.result();
  const entry: ImportedEntry = {
    id: `ofac/${ref}`,
    type,
    canonical,
    aliases: got.aliases,
    acronyms: got.acronyms,
    weak_aliases: got.weak_aliases,
    sources: [{ source: 'ofac', ref, name: row.name }],
    notes: `OFAC SDN programmes: ${row.programs.join(', ')}`,
  };
  return { ok: true, entry, dropped, duplicates: got.duplicates };
}
