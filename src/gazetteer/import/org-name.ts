/**
 * Turn an organisation's listed name into a readable canonical plus the short forms it carries:
 * `LASHKAR I JHANGVI (LJ)` → canonical `Lashkar i Jhangvi`, acronym `LJ`;
 * `AL-ITIHAAD AL-ISLAMIYA / AIAI` → `Al-Itihaad al-Islamiya` + `AIAI`.
 */
import { isAcronym, isNameAcronym } from './acronym.ts';
import { cleanName } from './script.ts';
import { titleCaseName } from './title-case.ts';

/** The canonical and the extra names found inside the listed name. */
export interface OrgName {
  canonical: string;
  acronyms: string[];
  aliases: string[];
}

const TRAILING_PARENS = /^(.*\S)\s*\(([^()]*)\)$/s;

/**
 * Split a listed organisation name.
 * @param raw the name as the list writes it
 * @returns canonical in readable case, acronyms from trailing parentheses or ` / X`, other names
 * Note: a trailing parenthesis is an acronym only if `isNameAcronym` accepts it (its letters occur in
 * order in the name), so `AL-HARAMAIN FOUNDATION (PAKISTAN)` keeps `(Pakistan)` in the canonical.
 * A comma list in parentheses (`(ISIL-SEA, ISIL-South East Asia)`) gives acronyms and aliases.
 */
export function parseOrgName(raw: string): OrgName {
  const [head, ...rest] = cleanName(raw).split(/\s\/\s/);
  const acronyms: string[] = [];
  const aliases: string[] = [];
  for (const r of rest) {
    const v = cleanName(r);
    if (v === '') continue;
    (isAcronym(v) || isNameAcronym(v, head!) ? acronyms : aliases).push(v);
  }
  let base = head!;
  for (let m = TRAILING_PARENS.exec(base); m; m = TRAILING_PARENS.exec(base)) {
    const tokens = m[2]!.split(',').map((t) => cleanName(t)).filter((t) => t !== '');
    const isAcr = tokens.map((t) => isNameAcronym(t, m![1]!));
    if (!isAcr.some(Boolean)) break;
    tokens.forEach((t, i) => (isAcr[i] ? acronyms : aliases).push(t));
    base = m[1]!;
  }
  const keep = new Set(acronyms.flatMap((a) => a.split('-')));
  return { canonical: titleCaseName(base, keep), acronyms: [...new Set(acronyms)].reverse(), aliases };
}
