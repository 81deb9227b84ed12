import { compareCodeUnits } from './compare.ts';

/** Colours of the gold types (Okabe–Ito palette: tells apart under common colour blindness). */
const FIXED: Record<string, string> = { ORG: '#0072B2', PERSON: '#D55E00', LOC: '#009E73' };

/** Colours handed in order to other types, sorted by name. */
const SPARE = ['#CC79A7', '#E69F00', '#56B4E9', '#8C564B', '#7F7F7F', '#BCBD22', '#17BECF', '#9467BD'];

/** Colour of nodes whose type is unknown (''), e.g. placeholders. */
const UNKNOWN = '#B0B0B0';

/**
 * Give every entity type a colour: fixed ones for ORG, PERSON and LOC, then a spare palette in
 * type-name order (cycling if there are more types than colours).
 * @param types entity types present (any order, duplicates allowed)
 * @returns type → `#RRGGBB`, same for the same set of types on every run
 */
export function assignTypeColors(types: Iterable<string>): Map<string, string> {
  const out = new Map<string, string>();
  let spare = 0;
  for (const type of [...new Set(types)].sort(compareCodeUnits)) {
    if (type === '') out.set(type, UNKNOWN);
    else if (type in FIXED) out.set(type, FIXED[type]!);
    else out.set(type, SPARE[spare++ % SPARE.length]!);
  }
  return out;
}
