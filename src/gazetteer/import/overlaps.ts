/**
 * Cross-source overlap summary for the imported lists. Merging is the loader's job; this only tells the
 * reader which records look like the same entity, and which names collide across entities.
 */
import { compareCodeUnits, type ImportedEntry } from './entry.ts';

/** Particles and connectors folded away, like the shared match key does (`-e-`, `-i-`, `-ul-`, `al-`). */
const FOLDED = new Set(['e', 'i', 'ul', 'ud', 'ur', 'al', 'el', 'ad', 'ar', 'as', 'at', 'az', 'an', 'the']);

/**
 * An approximation of the shared match key, for this report only: diacritics, case, apostrophes,
 * hyphens/spaces and connectors folded.
 * @param name any name
 */
export function overlapKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`ʼ]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t !== '' && !FOLDED.has(t))
    .join('');
}

/** Two records of different sources that share a name. */
export interface SharedNames {
  a: string;
  b: string;
  type: string;
  names: string[];
}

/** A name key used by entries of different ids. */
export interface KeyCollision {
  key: string;
  ids: string[];
  names: string[];
}

const namesOf = (e: ImportedEntry): string[] => [e.canonical, ...(e.aliases ?? []), ...(e.sources ?? []).map((s) => s.name)];

function index(entries: readonly ImportedEntry[]): Map<string, { id: string; name: string; type: string }[]> {
  const map = new Map<string, { id: string; name: string; type: string }[]>();
  for (const e of entries) {
    for (const n of new Set(namesOf(e))) {
      const k = overlapKey(n);
      if (k.length < 3) continue;
      const list = map.get(k) ?? [];
      if (!list.some((x) => x.id === e.id)) list.push({ id: e.id, name: n, type: e.type });
      map.set(k, list);
    }
  }
  return map;
}

/**
 * Summarise overlaps between all imported (and curated) entries.
 * @param entries every entry of every source
 * @returns `sameEntity`: pairs of records of different sources and the same type that share a name
 * (candidates for `same_as`); `collisions`: keys used by entries of different types, or by more than
 * one entry of one source (ambiguous names the loader must resolve)
 */
export function summariseOverlaps(entries: readonly ImportedEntry[]): { sameEntity: SharedNames[]; collisions: KeyCollision[] } {
  const idx = index(entries);
  const pairs = new Map<string, SharedNames>();
  const collisions: KeyCollision[] = [];
  const src = (id: string): string => id.slice(0, id.indexOf('/'));
  for (const [key, list] of idx) {
    if (list.length < 2) continue;
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const [x, y] = [list[i]!, list[j]!].sort((p, q) => compareCodeUnits(p.id, q.id)) as [typeof list[0], typeof list[0]];
        if (src(x.id) === src(y.id) || x.type !== y.type) continue;
        const pk = `${x.id} ${y.id}`;
        const p = pairs.get(pk) ?? { a: x.id, b: y.id, type: x.type, names: [] };
        if (!p.names.includes(x.name)) p.names.push(x.name);
        pairs.set(pk, p);
      }
    }
    const types = new Set(list.map((x) => x.type));
    const perSource = new Set(list.map((x) => src(x.id)));
    if (types.size > 1 || perSource.size < list.length) {
      const ids = [...new Set(list.map((x) => x.id))].sort(compareCodeUnits);
      collisions.push({ key, ids, names: [...new Set(list.map((x) => x.name))].sort(compareCodeUnits) });
    }
  }
  const sameEntity = [...pairs.values()].sort((p, q) => compareCodeUnits(`${p.a} ${p.b}`, `${q.a} ${q.b}`));
  for (const p of sameEntity) p.names.sort(compareCodeUnits);
  collisions.sort((p, q) => compareCodeUnits(p.key, q.key));
  return { sameEntity, collisions };
}
