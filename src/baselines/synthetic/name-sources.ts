/**
 * The names the synthetic set varies, and the guard that keeps a variant's right answer clear.
 */
import { isAcronymShaped } from '../../gazetteer/compile.ts';
import type { Gazetteer } from '../../gazetteer/types.ts';
import { toMatchKey } from '../../text/match-key.ts';
import type { NameSource } from './generate-variants.ts';

const SCORED = new Set(['ORG', 'PERSON', 'LOC']);

/**
 * Strong, non-acronym names of ORG, PERSON and LOC entities with at least 4 letters.
 * @param gaz the gazetteer whose names are varied (the curated one)
 * @returns sources sorted by entity id, then name (deterministic)
 */
export function nameSources(gaz: Gazetteer): NameSource[] {
  const out: NameSource[] = [];
  for (const e of gaz.entities) {
    if (!SCORED.has(e.type)) continue;
    const names = new Set(e.names.filter((n) => n.kind === 'name' && !isAcronymShaped(n.text) && (n.text.match(/\p{L}/gu) ?? []).length >= 4).map((n) => n.text));
    for (const name of [...names].sort()) out.push({ entityId: e.id, type: e.type, name });
  }
  return out;
}

/**
 * A reject function for `generateVariants`: a variant whose match key is a name of another
 * entity of `gaz` (or is empty) has no clear right answer.
 * @param gaz the largest gazetteer a system will use (curated + imported)
 */
export function rejectAmbiguous(gaz: Gazetteer): (variant: string, source: NameSource) => boolean {
  const owners = new Map<string, Set<string>>();
  for (const e of gaz.entities) {
    for (const n of e.names) {
      const k = toMatchKey(n.text);
      if (k === '') continue;
      let s = owners.get(k);
      if (!s) owners.set(k, (s = new Set()));
      s.add(e.id);
    }
  }
  return (variant, source) => {
    const key = toMatchKey(variant);
    if (key === '') return true;
    const own = gaz.idOf.get(source.entityId) ?? source.entityId;
    return [...(owners.get(key) ?? [])].some((id) => id !== own);
  };
}
