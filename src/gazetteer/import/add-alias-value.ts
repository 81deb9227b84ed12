/**
 * Offer one listed alias value to an entry's name collector, with the rules shared by the UN and OFAC
 * importers.
 */
import { isAcronym, isNameAcronym } from './acronym.ts';
import type { createAliasSet } from './alias-set.ts';
import { personName } from './person-names.ts';
import type { DroppedName } from './report.ts';
import { splitAliasValue } from './split-alias.ts';

/** Parenthesised words that qualify a name rather than name the entity. */
const QUALIFIER = /\b(only|branch|location|off[- ]?shore|holding|holdings)\b/i;

/** How the alias value was listed. */
export interface AliasValueOptions {
  type: 'ORG' | 'PERSON';
  /** Low-quality (UN `Low`) or remark-only (OFAC `a.k.a.` in Remarks) alias. */
  weak: boolean;
  /** Record reference, for dropped-name reports. */
  ref: string;
}

/**
 * Split `raw` and add each name to `names`.
 * @param names the entry's collector
 * @param raw alias value as listed
 * @param opts type of the entry, weakness, record ref
 * @returns the fragments that were not added, with the reason
 * Note: for organisations a parenthesised acronym (`(HTS)`, `(FIF)`) becomes an acronym, a
 * parenthesised multi-word name a further alias (`(COMMUNIST PARTY OF PERU)`), and a lone word or
 * qualifier (`(MARTYRS)`, `(OFF SHORE)`) is dropped. For people a parenthesised word of 4+ letters is a
 * weak alias (`Butayev (Butaev)`), shorter ones (`(Rtd)`) are dropped. Person names are reordered and
 * title-cased (`AL-TAJIKI, Ghassan` → `Ghassan al-Tajiki`); organisation names are kept verbatim.
 */
export function addAliasValue(
  names: ReturnType<typeof createAliasSet>,
  raw: string,
  opts: AliasValueOptions,
): DroppedName[] {
  const split = splitAliasValue(raw);
  const dropped: DroppedName[] = split.dropped.map((d) => ({ ref: opts.ref, value: d.value, reason: d.reason }));
  const outer = split.parts.find((p) => !p.inParens)?.value ?? '';
  const strength = opts.weak ? 'weak' : 'alias';
  for (const { value, inParens } of split.parts) {
    const oneWord = !/\s/.test(value);
    if (opts.type === 'PERSON') {
      if (inParens && oneWord && value.replace(/[^\p{L}]/gu, '').length < 4) {
        dropped.push({ ref: opts.ref, value, reason: 'qualifier' });
      } else names.add(personName(value), inParens && oneWord ? 'weak' : strength);
      continue;
    }
    if (!inParens) names.add(value, strength);
    else if (outer !== '' && isNameAcronym(value, outer)) names.add(value, opts.weak ? 'weak' : 'acronym');
    else if (isAcronym(value)) names.add(value, strength);
    else if (oneWord || QUALIFIER.test(value)) dropped.push({ ref: opts.ref, value, reason: 'qualifier' });
    else names.add(value, strength);
  }
  return dropped;
}
