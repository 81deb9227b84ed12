/**
 * Merge gazetteer records that name the same real-world entity into one Entity.
 *
 * Rules, in order:
 *  1. `same_as` on a record merges the listed records into it.
 *  2. Records of the same type whose canonical names share a match key are merged when at least one
 *     of them is curated, or when they come from different imported sources (UN ↔ OFAC). Two
 *     GeoNames places with one name stay apart (two towns can share a name).
 *  3. A merge that would join two records related by `never_merge` is refused (info diagnostic).
 * The merged entity takes id and canonical from its highest-ranked record: curated, then un, ofac,
 * geonames; ties by id. Every member's names are kept, and its sources, with the member id.
 */
import type { Diagnostic } from '../types/diagnostic.ts';
import { toMatchKey } from '../text/match-key.ts';
import type { GazetteerEntry } from './schema.ts';
import type { Entity, EntityName } from './types.ts';

const RANK: Record<string, number> = { un: 1, ofac: 2, geonames: 3 };

/** Source of a record from its id prefix: curated unless un/, ofac/ or geonames/. */
export function sourceOf(id: string): string {
  const p = id.slice(0, id.indexOf('/'));
  return p in RANK ? p : 'curated';
}

function rank(id: string): number {
  return RANK[sourceOf(id)] ?? 0;
}

/**
 * @param entries validated records (ids unique)
 * @returns merged entities sorted by id, and diagnostics about refused merges
 */
export function mergeEntries(entries: GazetteerEntry[]): { entities: Entity[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const byId = new Map(entries.map((e) => [e.id, e]));
  const parent = new Map<string, string>(entries.map((e) => [e.id, e.id]));
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  const groupOf = new Map<string, string[]>(entries.map((e) => [e.id, [e.id]]));
  const members = (root: string): string[] => groupOf.get(root) ?? [root];
  const forbidden = (a: string, b: string): boolean => {
    const ma = members(find(a));
    const mb = new Set(members(find(b)));
    return ma.some((x) => (byId.get(x)?.never_merge ?? []).some((y) => mb.has(y)) || [...mb].some((y) => (byId.get(y)?.never_merge ?? []).includes(x)));
  };
  const union = (a: string, b: string, why: string): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) return;
    if (forbidden(a, b)) {
      diagnostics.push({ code: 'GAZETTEER_MERGE_REFUSED', severity: 'info', stage: 'gazetteer', message: `${a} and ${b} look alike (${why}) but never_merge keeps them apart` });
      return;
    }
    const [keep, drop] = rank(ra) < rank(rb) || (rank(ra) === rank(rb) && ra < rb) ? [ra, rb] : [rb, ra];
    parent.set(drop, keep);
    groupOf.set(keep, [...members(keep), ...members(drop)]);
    groupOf.delete(drop);
  };
  for (const e of entries) {
    for (const other of e.same_as ?? []) {
      if (byId.has(other)) union(e.id, other, 'same_as');
      else diagnostics.push({ code: 'GAZETTEER_SAME_AS_MISSING', severity: 'warn', stage: 'gazetteer', message: `${e.id} lists same_as ${other}, which no gazetteer file defines`, fix: 'import that list (npm run gazetteer:import) or remove the reference' });
    }
  }
  const byKey = new Map<string, string[]>();
  for (const e of entries) {
    const k = `${e.type}\u0000${toMatchKey(e.canonical)}`;
    const list = byKey.get(k);
    if (list) list.push(e.id);
    else byKey.set(k, [e.id]);
  }
  for (const ids of byKey.values()) {
    if (ids.length < 2) continue;
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const a = ids[i]!;
        const b = ids[j]!;
        const sa = sourceOf(a);
        const sb = sourceOf(b);
        if (sa === 'curated' && sb === 'curated') continue; // lint reports curated duplicates
        if (sa === sb) continue; // two records of one list are two entities
        union(a, b, 'same canonical key');
      }
    }
  }
  const groups = new Map<string, string[]>();
  for (const e of entries) {
    const r = find(e.id);
    const g = groups.get(r);
    if (g) g.push(e.id);
    else groups.set(r, [e.id]);
  }
  const entities: Entity[] = [];
  for (const [root, ids] of groups) {
    ids.sort((a, b) => (a === root ? -1 : b === root ? 1 : rank(a) - rank(b) || (a < b ? -1 : 1)));
    const head = byId.get(root)!;
    const names: EntityName[] = [];
    const seen = new Set<string>();
    const add = (text: string, kind: EntityName['kind'], from: string, primary = false): void => {
      const k = `${kind}\u0000${text}`;
      if (seen.has(k)) return;
      seen.add(k);
      names.push(primary ? { text, kind, from, primary } : { text, kind, from });
    };
    const sources: Entity['sources'] = [];
    const neverMerge = new Set<string>();
    const context = new Set<string>();
    for (const id of ids) {
      const e = byId.get(id)!;
      add(e.canonical, 'name', id, true);
      for (const a of e.aliases ?? []) add(a, 'name', id);
      for (const a of e.acronyms ?? []) add(a, 'acronym', id);
      for (const a of e.weak_aliases ?? []) add(a, 'weak', id);
      for (const n of e.never_merge ?? []) neverMerge.add(n);
      for (const c of e.context ?? []) context.add(c);
      if (e.sources && e.sources.length > 0) sources.push(...e.sources);
      else sources.push({ source: sourceOf(id), ref: id });
    }
    entities.push({ id: root, type: head.type, canonical: head.canonical, names, neverMerge: [...neverMerge].sort(), context: [...context], members: ids, sources });
  }
  entities.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { entities, diagnostics };
}
