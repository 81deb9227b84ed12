/**
 * Decide which entity a matched span refers to when its name belongs to several, and drop weak
 * aliases that the document does not support.
 *
 * Rules, in order:
 *  1. A weak alias (a lone surname, a kunya, a common word) counts only when the same document
 *     also names that entity by a strong name or acronym, or contains two of its context words.
 *  2. Among the remaining entities, score each: +3 per strong, unambiguous mention of it elsewhere
 *     in the document, +1 per context word (gazetteer `context`) found in the document.
 *  3. The best score wins. A tie is reported as `ambiguous` (code MATCH_AMBIGUOUS), never guessed:
 *     the mention gets an `ambiguous/<key>` id and lists the candidates.
 */
import type { Payload } from '../../gazetteer/compile.ts';
import type { Entity } from '../../gazetteer/types.ts';

export interface Choice {
  entity: number | null;
  payload: Payload | null;
  ambiguous: number[];
}

export interface DocEvidence {
  /** entity index → number of strong mentions with a single candidate in the document */
  strongCount: Map<number, number>;
  /** does the document contain this context word (case-insensitive)? memoised per document */
  hasWord: (word: string) => boolean;
}

/**
 * @param payloads candidate payloads of one span
 * @param entities gazetteer entities
 * @param ev what the document says elsewhere
 */
export function chooseEntity(payloads: Payload[], entities: Entity[], ev: DocEvidence): Choice {
  const contextHits = (e: number): number => entities[e]!.context.filter((w) => ev.hasWord(w)).length;
  const supported = payloads.filter((p) => p.kind !== 'weak' || (ev.strongCount.get(p.entity) ?? 0) > 0 || contextHits(p.entity) >= 2);
  if (supported.length === 0) return { entity: null, payload: null, ambiguous: [] };
  const byEntity = new Map<number, Payload>();
  for (const p of supported) if (!byEntity.has(p.entity) || p.kind !== 'weak') byEntity.set(p.entity, p);
  if (byEntity.size === 1) {
    const [e, p] = [...byEntity][0]!;
    return { entity: e, payload: p, ambiguous: [] };
  }
  const scored = [...byEntity.keys()].map((e) => {
    let score = 3 * (ev.strongCount.get(e) ?? 0);
    for (const w of entities[e]!.context) if (ev.hasWord(w)) score += 1;
    if (byEntity.get(e)!.kind === 'weak') score -= 0.5;
    return { e, score };
  });
  scored.sort((a, b) => b.score - a.score || entities[a.e]!.id.localeCompare(entities[b.e]!.id));
  if (scored[0]!.score > scored[1]!.score) return { entity: scored[0]!.e, payload: byEntity.get(scored[0]!.e)!, ambiguous: [] };
  const tied = scored.filter((s) => s.score === scored[0]!.score).map((s) => s.e);
  return { entity: null, payload: byEntity.get(tied[0]!)!, ambiguous: tied };
}
