/**
 * Map one UN consolidated-list record to a gazetteer entry (pure).
 */
import { addAliasValue } from '../add-alias-value.ts';
import { createAliasSet } from '../alias-set.ts';
import type { ImportedEntry } from '../entry.ts';
import { parseOrgName } from '../org-name.ts';
import { personName } from '../person-names.ts';
import { cleanName, isLatinName } from '../script.ts';
import type { DroppedName } from '../report.ts';
import type { UnRecord } from './parse-un-xml.ts';

/** An entry, or the reason the record could not become one; plus the names dropped on the way. */
export type UnMapResult =
  | { ok: true; entry: ImportedEntry; dropped: DroppedName[]; duplicates: number }
  | { ok: false; reason: string; dropped: DroppedName[] };

/**
 * Map a record: ENTITY → ORG, INDIVIDUAL → PERSON, id `un/<REFERENCE_NUMBER>`.
 * @param rec a parsed record
 * @returns the entry or an unmapped reason
 * Note: alias values go through `addAliasValue` (split on `;`, parentheses, ` / `; non-Latin parts,
 * notes, lone titles and qualifiers dropped and returned in `dropped`). Individual aliases of quality
 * `Low` become `weak_aliases`. A name part `na` (not available) is ignored.
 */
export function mapUnRecord(rec: UnRecord): UnMapResult {
  const dropped: DroppedName[] = [];
  if (rec.ref === '') return { ok: false, reason: 'no REFERENCE_NUMBER', dropped };
  const listedName = cleanName(rec.nameParts.filter((p) => !/^(na|n\/a)$/i.test(p)).join(' '));
  if (listedName === '') return { ok: false, reason: 'no name (FIRST_NAME … FOURTH_NAME all empty)', dropped };
  if (!isLatinName(listedName)) return { ok: false, reason: 'primary name is not in Latin script', dropped };
  const isOrg = rec.kind === 'ENTITY';
  const org = isOrg ? parseOrgName(listedName) : undefined;
  const canonical = org ? org.canonical : personName(listedName);
  if (canonical === '') return { ok: false, reason: 'name is empty after cleaning', dropped };
  const names = createAliasSet(canonical);
  for (const a of org?.acronyms ?? []) names.add(a, 'acronym');
  for (const a of org?.aliases ?? []) names.add(a, 'alias');
  for (const alias of rec.aliases) {
    const weak = !isOrg && alias.quality === 'Low';
    dropped.push(...addAliasValue(names, alias.name, { type: isOrg ? 'ORG' : 'PERSON', weak, ref: rec.ref }));
  }
  const got = names.result();
  const entry: ImportedEntry = {
    id: `un/${rec.ref}`,
    type: isOrg ? 'ORG' : 'PERSON',
    canonical,
    aliases: got.aliases,
    acronyms: got.acronyms,
    weak_aliases: got.weak_aliases,
    sources: [{ source: 'un', ref: rec.ref, name: rec.nameParts.join(' ') }],
    notes: `UN ${rec.listType} sanctions list${rec.listedOn ? `, listed ${rec.listedOn}` : ''}`,
  };
  return { ok: true, entry, dropped, duplicates: got.duplicates };
}
