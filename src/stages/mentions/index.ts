/**
 * Stage `mentions`: a normalised document with its sentences → entity mentions.
 * requires: DocRecord text + offset map, sentences; assigns: MentionRecord[].
 *
 * Steps, in order:
 *  1. scan the gazetteer trie (exact, variant keys, fuzzy);
 *  2. resolve overlaps (longest, then leftmost, then cheapest) among spans with a strong name;
 *  3. choose the entity of each span (weak aliases need support; context decides; ties → ambiguous);
 *  4. the fallback recogniser proposes entities outside the gazetteer on what is left;
 *  5. aliases the document teaches (acronym definitions, person surnames) link later mentions;
 *  6. spans map back to the original text; records sorted by (start, -length).
 */
import type { MentionRecord } from '../../types/records.ts';
import type { CompiledGazetteer } from '../../gazetteer/compile.ts';
import { spanToOriginal, type OffsetMap } from '../../text/offset-map.ts';
import { toMatchKey } from '../../text/match-key.ts';
import { docTokens, tokensIn, type DocToken } from './doc-tokens.ts';
import { createFuzzyLookup } from './fuzzy.ts';
import { scanTokens, type Candidate } from './scan.ts';
import { resolveOverlaps } from './resolve-overlaps.ts';
import { chooseEntity } from './choose-entity.ts';
import { learnAliases, type Resolved } from './learn-aliases.ts';
import { lookupName } from './lookup-name.ts';
import { editBudget, weightedDistance } from '../../text/edit-distance.ts';

/** Signature of the fallback recogniser (src/stages/mentions/recognise). */
export type Recognise = (input: {
  text: string;
  sentences: Array<[number, number]>;
  taken: Array<[number, number]>;
  known?: Array<{ start: number; end: number; type: string }>;
}) => Array<{ start: number; end: number; type: 'ORG' | 'PERSON' | 'LOC'; cue: string; score: number }>;

export interface MentionOptions {
  /** Fuzzy token matching (default true). */
  fuzzy?: boolean;
  /** Folded-key variant matching (default true); false = exact aliases only. */
  variants?: boolean;
  /** Learn acronym definitions and person short forms from the document (default true). */
  learn?: boolean;
  /** Fallback recogniser for entities outside the gazetteer (default none). */
  recognise?: Recognise;
}

export interface MentionInput {
  doc_id: string;
  original: string;
  text: string;
  map: OffsetMap;
  /** Sentence spans in normalised coordinates; index = sentence index. */
  sentences: Array<[number, number]>;
  cruft: Array<[number, number]>;
}

const normSurface = (s: string): string => s.toLowerCase().replace(/[\s\-]+/g, ' ').trim();

/** Stable id of an entity found outside the gazetteer: from its type and match key. */
export function unknownEntityId(type: string, surface: string): string {
  const key = toMatchKey(surface).replace(/ /g, '-') || surface.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'x';
  return `ner/${type.toLowerCase()}/${key}`;
}

/**
 * Configure the mention finder once per gazetteer.
 * @returns a pure function from a document to its mention records
 */
export function createMentions(gaz: CompiledGazetteer, options: MentionOptions = {}): (doc: MentionInput) => MentionRecord[] {
  const fuzzyOn = options.fuzzy ?? true;
  const variants = options.variants ?? true;
  const learn = options.learn ?? true;
  const fuzzyAlts = createFuzzyLookup(gaz);
  return (doc) => {
    const tokens = docTokens(doc.text, doc.sentences, doc.cruft);
    let cands = scanTokens(tokens, doc.text, gaz, fuzzyAlts, { fuzzy: fuzzyOn, variants });
    if (!variants) cands = cands.filter((c) => c.payloads.some((p) => normSurface(doc.text.slice(c.start, c.end)) === normSurface(p.alias)));
    const strong = resolveOverlaps(cands.filter((c) => c.payloads.some((p) => p.kind !== 'weak')));
    const strongCount = new Map<number, number>();
    for (const c of strong) {
      const ents = new Set(c.payloads.filter((p) => p.kind !== 'weak').map((p) => p.entity));
      if (ents.size === 1) {
        const e = [...ents][0]!;
        strongCount.set(e, (strongCount.get(e) ?? 0) + 1);
      }
    }
    const weakOnly = cands.filter((c) => c.payloads.every((p) => p.kind === 'weak'));
    let lower: string | null = null;
    const seenWords = new Map<string, boolean>();
    const hasWord = (w: string): boolean => {
      let hit = seenWords.get(w);
      if (hit === undefined) {
        lower ??= doc.text.toLowerCase();
        hit = lower.includes(w.toLowerCase());
        seenWords.set(w, hit);
      }
      return hit;
    };
    const ev = { strongCount, hasWord };
    const chosen: Resolved[] = [];
    const place = (c: Candidate): void => {
      const choice = chooseEntity(c.payloads, gaz.entities, ev);
      if (!choice.payload) return;
      const surface = doc.text.slice(c.start, c.end);
      const method = c.fuzzy ? 'fuzzy' : choice.payload.kind === 'acronym' || normSurface(surface) === normSurface(choice.payload.alias) ? 'exact' : 'variant';
      if (choice.entity === null) {
        const ents = choice.ambiguous.map((e) => gaz.entities[e]!);
        chosen.push({ start: c.start, end: c.end, sentence: c.sentence, entityId: `ambiguous/${toMatchKey(surface).replace(/ /g, '-')}`, canonical: surface, type: ents[0]!.type, method, alias: choice.payload.alias, ...(c.fuzzy ? { cost: c.cost } : {}), ambiguous: ents.map((e) => e.id) });
        return;
      }
      const ent = gaz.entities[choice.entity]!;
      chosen.push({ start: c.start, end: c.end, sentence: c.sentence, entityId: ent.id, canonical: ent.canonical, type: ent.type, method, alias: choice.payload.alias, ...(c.fuzzy ? { cost: c.cost } : {}) });
    };
    for (const c of strong) place(c);
    for (const c of resolveOverlaps(weakOnly, chosen)) place(c);
    let mentions = chosen;
    if (options.recognise) {
      const found = options.recognise({ text: doc.text, sentences: doc.sentences, taken: mentions.map((m) => [m.start, m.end]), known: mentions.map((m) => ({ start: m.start, end: m.end, type: m.type })) });
      for (const f of found) {
        const t = tokensIn(tokens, f.start, f.end)[0];
        if (!t || t.cruft || t.sentence < 0) continue;
        const surface = doc.text.slice(f.start, f.end);
        const known = lookupName(gaz, surface, f.type);
        if (known) {
          const ent = gaz.entities[known.entity]!;
          mentions.push({ start: f.start, end: f.end, sentence: t.sentence, entityId: ent.id, canonical: ent.canonical, type: ent.type, method: normSurface(surface) === normSurface(known.alias) ? 'exact' : 'variant', alias: known.alias });
        } else mentions.push({ start: f.start, end: f.end, sentence: t.sentence, entityId: unknownEntityId(f.type, surface), canonical: surface, type: f.type, method: 'ner', alias: f.cue });
      }
      mentions.sort((a, b) => a.start - b.start);
    }
    if (learn) mentions = applyLearned(mentions, tokens, doc.text, gaz.common);
    return toRecords(doc, mentions);
  };
}

/**
 * A learned surname within the edit budget of this token (Khursani after Khalid Khurasani).
 * Ties in cost go to the person named most recently before the token.
 */
function fuzzySurname(surnames: Map<string, Resolved>, key: string, pos: number): Resolved | undefined {
  if (key.length < 5) return undefined;
  let best: Resolved | undefined;
  let bestCost = Infinity;
  const gap = (m: Resolved): number => (m.start <= pos ? pos - m.start : Number.MAX_SAFE_INTEGER / 2 + m.start - pos);
  for (const [k, m] of surnames) {
    if (k[0] !== key[0]) continue;
    const d = weightedDistance(key, k, editBudget(Math.max(key.length, k.length)));
    if (d < bestCost || (d === bestCost && d !== Infinity && best && gap(m) < gap(best))) {
      bestCost = d;
      best = m;
    }
  }
  return best;
}

/** Does [s, e) overlap any of the (sorted by start) spans? Queries must come in increasing order. */
function coverage(spans: Array<{ start: number; end: number }>): (s: number, e: number) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let k = 0;
  let maxEnd = -1;
  return (s, e) => {
    while (k < sorted.length && sorted[k]!.start < e) {
      maxEnd = Math.max(maxEnd, sorted[k]!.end);
      k++;
    }
    return maxEnd > s;
  };
}

function applyLearned(mentions: Resolved[], tokens: DocToken[], text: string, common: ReadonlySet<string>): Resolved[] {
  const learned = learnAliases(mentions, tokens, text);
  if (learned.acronyms.size === 0 && learned.surnames.size === 0) return mentions;
  const out: Resolved[] = [];
  for (const m of mentions) {
    const inner = tokensIn(tokens, m.start, m.end);
    // a recogniser guess or a one-token fuzzy match that is a learned surname or acronym joins
    // the full entity named earlier in the document (Khursani after Khalid Khurasani is the man,
    // not the region Khorasan)
    const whole = text.slice(m.start, m.end).replace(/\./g, '');
    const byAcronym = m.method === 'ner' ? learned.acronyms.get(whole) : undefined;
    if (byAcronym && byAcronym.type === m.type && byAcronym.entityId !== m.entityId) {
      out.push({ ...m, entityId: byAcronym.entityId, canonical: byAcronym.canonical, method: 'acronym', alias: whole });
      continue;
    }
    if ((m.method === 'ner' || m.method === 'fuzzy') && inner.length === 1) {
      const t = inner[0]!;
      const by = learned.acronyms.get(t.acr) ?? (t.upper ? (learned.surnames.get(t.key) ?? (common.has(t.key) ? undefined : fuzzySurname(learned.surnames, t.key, t.start))) : undefined);
      if (by && (by.type === m.type || m.method === 'fuzzy') && by.entityId !== m.entityId) {
        const { cost: _cost, ...rest } = m;
        out.push({ ...rest, entityId: by.entityId, canonical: by.canonical, type: by.type, method: learned.acronyms.has(t.acr) ? 'acronym' : 'short-form', alias: by === learned.acronyms.get(t.acr) ? t.acr : text.slice(by.start, by.end) });
        continue;
      }
    }
    out.push(m);
  }
  const covered = coverage(out);
  // acronyms written with a hyphen ("ISK-P") span several tokens: matched on the text itself
  const multi = [...learned.acronyms.entries()].filter(([a]) => /[-.]/.test(a));
  for (const t of tokens) {
    if (t.cruft || t.sentence < 0) continue;
    const hit = multi.find(([a]) => text.startsWith(a, t.start) && !/[\p{L}\p{N}]/u.test(text[t.start + a.length] ?? ' ') && (t.start === 0 || !/[\p{L}\p{N}-]/u.test(text[t.start - 1]!)));
    if (hit) {
      const end = t.start + hit[0].length;
      if (!covered(t.start, end)) out.push({ start: t.start, end, sentence: t.sentence, entityId: hit[1].entityId, canonical: hit[1].canonical, type: hit[1].type, method: 'acronym', alias: hit[0] });
      continue;
    }
    if (covered(t.start, t.end)) continue;
    const acr = learned.acronyms.get(t.acr);
    const sur = t.upper ? (learned.surnames.get(t.key) ?? (common.has(t.key) ? undefined : fuzzySurname(learned.surnames, t.key, t.start))) : undefined;
    const by = acr ?? sur;
    if (!by || (sur && t.start >= by.start && t.end <= by.end)) continue;
    out.push({ start: t.start, end: t.end, sentence: t.sentence, entityId: by.entityId, canonical: by.canonical, type: by.type, method: acr ? 'acronym' : 'short-form', alias: acr ? t.acr : text.slice(by.start, by.end) });
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

function toRecords(doc: MentionInput, mentions: Resolved[]): MentionRecord[] {
  const recs: MentionRecord[] = [];
  for (const m of mentions) {
    const [start, end] = spanToOriginal(doc.map, m.start, m.end);
    const rec: MentionRecord = { doc_id: doc.doc_id, sentence: m.sentence, start, end, text: doc.original.slice(start, end), type: m.type, entity_id: m.entityId, canonical: m.canonical, method: m.method };
    if (m.alias !== undefined) rec.alias = m.alias;
    if (m.cost !== undefined) rec.cost = m.cost;
    if (m.ambiguous) rec.ambiguous = m.ambiguous;
    recs.push(rec);
  }
  return recs.sort((a, b) => a.start - b.start || b.end - a.end || (a.entity_id < b.entity_id ? -1 : 1));
}
