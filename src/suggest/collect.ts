/**
 * Alias discovery: from a run's mentions, collect what a curator should look at, with evidence.
 *
 *  - `alias`: a surface form linked to a gazetteer entity by fuzzy matching, a learned acronym or a
 *    short form, that the gazetteer does not list yet (near-misses and acronym definitions);
 *  - `entity`: a name the fallback recogniser found (not in any gazetteer), seen at least
 *    `minCount` times, ranked by how often it co-occurs with known entities.
 * Each candidate has a stable id (from its kind, target and key) so it can be accepted by id.
 */
import { createHash } from 'node:crypto';
import type { MentionRecord } from '../types/records.ts';
import { toMatchKey } from '../text/match-key.ts';

export interface Suggestion {
  id: string;
  kind: 'alias' | 'entity';
  /** the gazetteer entity the alias belongs to (kind alias) */
  entity_id?: string;
  canonical?: string;
  /** the name to add */
  name: string;
  type: string;
  /** how it was found: fuzzy, acronym, short-form, ner */
  method: string;
  count: number;
  documents: number;
  /** known entities it co-occurs with, most frequent first (kind entity) */
  cooccurs?: Array<{ entity_id: string; canonical: string; sentences: number }>;
  evidence: Array<{ doc_id: string; sentence: number; start: number; end: number; text: string }>;
}

export interface CollectOptions {
  minCount?: number;
  maxEvidence?: number;
  /** names (match keys) the gazetteer already has for each entity id */
  knownKeys?: (entityId: string) => Set<string>;
}

const sid = (parts: string[]): string => createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 12);

/**
 * @param mentions every mention of a run
 * @returns suggestions sorted by kind, then count (descending), then id
 */
export function collectSuggestions(mentions: MentionRecord[], opts: CollectOptions = {}): Suggestion[] {
  const minCount = opts.minCount ?? 2;
  const maxEvidence = opts.maxEvidence ?? 5;
  const groups = new Map<string, { s: Suggestion; docs: Set<string> }>();
  const bySentence = new Map<string, MentionRecord[]>();
  for (const m of mentions) {
    const k = `${m.doc_id}\u0000${m.sentence}`;
    const l = bySentence.get(k);
    if (l) l.push(m);
    else bySentence.set(k, [m]);
  }
  for (const m of mentions) {
    let key: string;
    let base: Omit<Suggestion, 'count' | 'documents' | 'evidence'>;
    if (m.method === 'fuzzy' || m.method === 'acronym' || m.method === 'short-form') {
      const nameKey = m.method === 'acronym' ? m.text : toMatchKey(m.text);
      if (opts.knownKeys?.(m.entity_id).has(nameKey)) continue;
      key = `alias\u0000${m.entity_id}\u0000${nameKey}`;
      base = { id: `alias-${sid([m.entity_id, nameKey])}`, kind: 'alias', entity_id: m.entity_id, canonical: m.canonical, name: m.text, type: m.type, method: m.method };
    } else if (m.method === 'ner') {
      key = `entity\u0000${m.entity_id}`;
      base = { id: `entity-${sid([m.entity_id])}`, kind: 'entity', name: m.canonical, type: m.type, method: m.method };
    } else continue;
    let g = groups.get(key);
    if (!g) {
      g = { s: { ...base, count: 0, documents: 0, evidence: [] }, docs: new Set() };
      groups.set(key, g);
    }
    g.s.count++;
    g.docs.add(m.doc_id);
    if (g.s.evidence.length < maxEvidence) g.s.evidence.push({ doc_id: m.doc_id, sentence: m.sentence, start: m.start, end: m.end, text: m.text });
    if (g.s.kind === 'entity') {
      const co = (g.s.cooccurs ??= []);
      for (const other of bySentence.get(`${m.doc_id}\u0000${m.sentence}`) ?? []) {
        if (other.method === 'ner' || other.entity_id === m.entity_id || other.ambiguous) continue;
        const e = co.find((c) => c.entity_id === other.entity_id);
        if (e) e.sentences++;
        else co.push({ entity_id: other.entity_id, canonical: other.canonical, sentences: 1 });
      }
    }
  }
  const out: Suggestion[] = [];
  for (const { s, docs } of groups.values()) {
    s.documents = docs.size;
    if (s.kind === 'entity' && s.count < minCount) continue;
    if (s.cooccurs) s.cooccurs.sort((a, b) => b.sentences - a.sentences || (a.entity_id < b.entity_id ? -1 : 1)).splice(10);
    out.push(s);
  }
  const coScore = (s: Suggestion): number => (s.cooccurs ?? []).reduce((n, c) => n + c.sentences, 0);
  return out.sort((a, b) => (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0) || coScore(b) - coScore(a) || b.count - a.count || (a.id < b.id ? -1 : 1));
}
