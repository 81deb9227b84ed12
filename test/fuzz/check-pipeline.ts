/**
 * Run the whole pipeline (normalise → sentences → mentions → relations) on a fuzz case and check
 * the invariants every output must satisfy. Plain `Error`s (no test-framework asserts), so the
 * same checks serve the vitest property and the long-run script.
 */
import type { GazetteerEntry } from '../../src/gazetteer/schema.ts';
import { buildGazetteer } from '../../src/gazetteer/load.ts';
import { compileGazetteer, stripTitles, type CompiledGazetteer } from '../../src/gazetteer/compile.ts';
import { loadCommonWords } from '../../src/gazetteer/common-words.ts';
import { createProcessor, type DocResult } from '../../src/runner/process-document.ts';
import { createNormalise } from '../../src/stages/normalise/index.ts';
import { createRelations, type RelationWindow } from '../../src/stages/relations/index.ts';
import { mergeRelations } from '../../src/stages/relations/merge-relations.ts';
import type { Recognise } from '../../src/stages/mentions/index.ts';
import { decodeOffsets } from '../../src/text/offset-map.ts';
import { acronymKey, toAcronymTokens, toKeyTokens } from '../../src/text/match-key.ts';
import { HONORIFIC_KEYS } from '../../src/stages/mentions/scan.ts';
import { normaliseText } from '../../src/stages/normalise/normalise-text.ts';
import { comparableOutput, equivalentForm } from './equivalent-form.ts';

export { equivalentForm } from './equivalent-form.ts';
import type { MentionRecord, RelationRecord, SentenceRecord } from '../../src/types/records.ts';

export interface FuzzDoc {
  doc_id: string;
  original: string;
}

export interface FuzzCase {
  entries: GazetteerEntry[];
  docs: FuzzDoc[];
  window: RelationWindow;
  fuzzy: boolean;
  variants: boolean;
  learn: boolean;
  /** run the fallback recogniser too */
  ner: boolean;
  /** seed for the normalisation-equivalent rewrite of the documents (see `equivalentForm`) */
  noise: number;
}

export interface PipelineOutput {
  docs: DocResult[];
  relations: RelationRecord[];
}

let commonWords: Set<string> | null = null;
let recogniser: Recognise | null = null;

/** Install the fallback recogniser used when a case has `ner: true` (loaded by the caller). */
export function setRecogniser(r: Recognise): void {
  recogniser = r;
}

/** Compile the case's gazetteer from scratch (no state shared between calls). */
export function compileCase(entries: GazetteerEntry[]): CompiledGazetteer {
  commonWords ??= loadCommonWords();
  const { gazetteer } = buildGazetteer(entries.map((value, i) => ({ value, file: 'fuzz.yml', line: i + 1 })));
  return compileGazetteer(gazetteer, { commonWords });
}

/**
 * Run every stage over the case's documents in the given order.
 * @param order indices into `c.docs`: the order documents are fed (results come back in doc order)
 */
export function runCase(c: FuzzCase, order: number[] = c.docs.map((_, i) => i)): PipelineOutput {
  if (c.ner && !recogniser) throw new Error('fuzz case asks for the recogniser but none was installed (setRecogniser)');
  const processor = createProcessor(compileCase(c.entries), { fuzzy: c.fuzzy, variants: c.variants, learn: c.learn, ...(c.ner && recogniser ? { recognise: recogniser } : {}) });
  const agg = createRelations({ window: c.window })();
  const results: DocResult[] = new Array(c.docs.length);
  for (const i of order) {
    const d = c.docs[i]!;
    const r = processor.fromRaw({ doc_id: d.doc_id, original: d.original, sha256: '0' });
    results[i] = r;
    agg.addDocument(d.doc_id, r.mentions, (s) => r.sentences[s]?.paragraph ?? 0);
  }
  return { docs: results, relations: agg.result() };
}

class InvariantError extends Error {}

function fail(docId: string, what: string, detail: unknown): never {
  throw new InvariantError(`[${docId}] ${what}: ${JSON.stringify(detail)}`);
}

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;
/** Does offset `i` fall between the two halves of a surrogate pair? */
const splitsPair = (s: string, i: number): boolean => i > 0 && i < s.length && isHigh(s.charCodeAt(i - 1)) && isLow(s.charCodeAt(i));

const EDGE_SPACE = /^[ \t\n\r\u00A0\u2028\u2029\u3000]|[ \t\n\r\u00A0\u2028\u2029\u3000]$/;

function checkSpan(original: string, docId: string, what: string, r: { start: number; end: number; text: string }): void {
  if (!Number.isInteger(r.start) || !Number.isInteger(r.end) || r.start < 0 || r.end > original.length || r.start >= r.end) fail(docId, `${what} span outside the text or empty (length ${original.length})`, r);
  if (original.slice(r.start, r.end) !== r.text) fail(docId, `${what} original.slice(start, end) !== text`, { ...r, slice: original.slice(r.start, r.end) });
  if (splitsPair(original, r.start) || splitsPair(original, r.end)) fail(docId, `${what} span cuts a surrogate pair in half`, r);
  if (EDGE_SPACE.test(r.text)) fail(docId, `${what} text starts or ends with a space or line break`, r);
}

/**
 * A mention found by the name's key (exact, variant) or as an acronym covers text that keys like its
 * alias: the offset map sent it back to the words that matched, not to a neighbouring stretch.
 * Titles are not part of a name (stripped from the alias); an honorific or an initial before a
 * person's name is taken into the span.
 */
function checkMentionKey(docId: string, m: MentionRecord): void {
  if (m.alias === undefined || !['exact', 'variant', 'acronym'].includes(m.method)) return;
  const norm = normaliseText(m.text).text;
  const text = toKeyTokens(norm);
  const alias = toKeyTokens(stripTitles(m.alias));
  const extra = text.slice(0, text.length - alias.length);
  const byName = alias.length > 0 && text.slice(text.length - alias.length).join(' ') === alias.join(' ') && extra.every((k) => HONORIFIC_KEYS.has(k) || k.length === 1);
  const byAcronym = toAcronymTokens(norm).join('') === toAcronymTokens(m.alias).join('') || acronymKey(norm) === m.alias;
  if (!byName && !byAcronym) fail(docId, 'mention text does not key like its alias (offsets point at other words?)', { m, norm, textKey: text, aliasKey: alias });
}

function checkDocument(c: FuzzCase, d: FuzzDoc, r: DocResult): void {
  const id = d.doc_id;
  if (r.doc.doc_id !== id || r.doc.chars !== d.original.length) fail(id, 'document record doc_id/chars', { doc_id: r.doc.doc_id, chars: r.doc.chars });
  // the serialised offset map decodes to the in-memory one
  const { map } = createNormalise({ cruft: true })({ doc_id: id, original: d.original, sha256: '0' });
  const decoded = decodeOffsets(r.doc.offsets, r.doc.text.length, r.doc.chars);
  for (let i = 0; i < map.origStart.length; i++) {
    if (decoded.origStart[i] !== map.origStart[i] || decoded.origEnd[i] !== map.origEnd[i]) fail(id, `offsets do not decode to the offset map at normalised ${i}`, { decoded: [decoded.origStart[i], decoded.origEnd[i]], map: [map.origStart[i], map.origEnd[i]] });
  }
  for (const cr of r.doc.cruft) if (cr.start < 0 || cr.end > d.original.length || cr.start > cr.end) fail(id, 'cruft span outside the text', cr);

  const sents: SentenceRecord[] = r.sentences;
  let prevEnd = 0;
  sents.forEach((s, i) => {
    if (s.doc_id !== id || s.index !== i) fail(id, `sentence ${i} doc_id/index`, s);
    checkSpan(d.original, id, `sentence ${i}`, s);
    if (s.start < prevEnd) fail(id, `sentence ${i} overlaps or precedes sentence ${i - 1}`, { prevEnd, s });
    if (i > 0 && s.paragraph < sents[i - 1]!.paragraph) fail(id, `sentence ${i} paragraph goes backwards`, s);
    prevEnd = s.end;
  });

  const entities = new Map(c.entries.map((e) => [e.id, e]));
  let prev: MentionRecord | null = null;
  for (const m of r.mentions) {
    if (m.doc_id !== id) fail(id, 'mention doc_id', m);
    checkSpan(d.original, id, 'mention', m);
    const s = sents[m.sentence];
    if (!s) fail(id, 'mention names a sentence that does not exist', m);
    if (m.start < s.start || m.end > s.end) fail(id, 'mention outside its sentence', { m, sentence: s });
    if (s.cruft) fail(id, 'mention inside a cruft sentence', { m, sentence: s });
    if (prev && (m.start < prev.end)) fail(id, 'mentions overlap or are not sorted by start', { prev, m });
    checkMentionKey(id, m);
    if (m.ambiguous) {
      if (!m.entity_id.startsWith('ambiguous/') || m.ambiguous.length < 2 || m.ambiguous.some((a) => !entities.has(a))) fail(id, 'ambiguous mention with a bad id or candidate list', m);
    } else if (m.method !== 'ner' && !m.entity_id.startsWith('ner/')) {
      const e = entities.get(m.entity_id);
      if (!e) fail(id, 'mention entity_id is not in the gazetteer', m);
      if (e.type !== m.type || e.canonical !== m.canonical) fail(id, 'mention type/canonical differ from its gazetteer entry', { m, entry: e });
    }
    prev = m;
  }
}

/** The relations the mentions imply, computed independently of src/stages/relations. */
export function expectedRelations(docs: DocResult[], window: RelationWindow): RelationRecord[] {
  const pairs = new Map<string, { source: string; target: string; sc: string; tc: string; ev: Array<{ doc_id: string; sentence: number }> }>();
  for (const r of docs) {
    const windows = new Map<number, { first: number; ids: Map<string, string> }>();
    for (const m of r.mentions) {
      if (m.ambiguous) continue;
      const w = window === 'sentence' ? m.sentence : window === 'paragraph' ? r.sentences[m.sentence]!.paragraph : 0;
      const win = windows.get(w) ?? { first: m.sentence, ids: new Map<string, string>() };
      windows.set(w, win);
      win.first = Math.min(win.first, m.sentence);
      const c = win.ids.get(m.entity_id);
      if (c === undefined || m.canonical < c) win.ids.set(m.entity_id, m.canonical);
    }
    for (const { first, ids } of windows.values()) {
      const keys = [...ids.keys()].sort();
      for (let i = 0; i < keys.length; i++) {
        for (let j = i + 1; j < keys.length; j++) {
          const [a, b] = [keys[i]!, keys[j]!];
          const p = pairs.get(`${a} ${b}`) ?? { source: a, target: b, sc: ids.get(a)!, tc: ids.get(b)!, ev: [] };
          pairs.set(`${a} ${b}`, p);
          if (ids.get(a)! < p.sc) p.sc = ids.get(a)!;
          if (ids.get(b)! < p.tc) p.tc = ids.get(b)!;
          p.ev.push({ doc_id: r.doc.doc_id, sentence: first });
        }
      }
    }
  }
  return [...pairs.values()]
    .sort((x, y) => (x.source < y.source ? -1 : x.source > y.source ? 1 : x.target < y.target ? -1 : 1))
    .map((p) => {
      const ev = p.ev.sort((x, y) => (x.doc_id < y.doc_id ? -1 : x.doc_id > y.doc_id ? 1 : x.sentence - y.sentence));
      return { source: p.source, target: p.target, source_canonical: p.sc, target_canonical: p.tc, sentences: ev.length, documents: new Set(ev.map((e) => e.doc_id)).size, evidence: ev };
    });
}

/** Check one case's outputs (from `runCase`). Throws an Error naming the first broken invariant. */
export function checkOutput(c: FuzzCase, out: PipelineOutput): void {
  c.docs.forEach((d, i) => checkDocument(c, d, out.docs[i]!));
  const want = JSON.stringify(expectedRelations(out.docs, c.window));
  const got = JSON.stringify(out.relations);
  if (got !== want) throw new InvariantError(`relations differ from what the mentions imply:\n  got  ${got}\n  want ${want}`);
  for (const r of out.relations) if (!(r.source < r.target)) throw new InvariantError(`relation source !< target: ${JSON.stringify(r)}`);
  // one shard per document, merged (and merged again with itself): the single run's relations
  const shards = out.docs.map((r) => {
    const agg = createRelations({ window: c.window })();
    agg.addDocument(r.doc.doc_id, r.mentions, (i) => r.sentences[i]?.paragraph ?? 0);
    return agg.result();
  });
  const merged = JSON.stringify(mergeRelations(shards));
  if (merged !== got) throw new InvariantError(`relations merged from per-document shards differ from one run:\n  merged ${merged}\n  run    ${got}`);
  const twice = JSON.stringify(mergeRelations([...shards, out.relations]));
  if (twice !== got) throw new InvariantError(`merging a shard that is already included changes the relations:\n  merged ${twice}\n  run    ${got}`);
}

/**
 * The whole property: no crash, every invariant, the same output (offsets aside) for an equivalent
 * form of the documents, and a second run (fresh gazetteer and processor, documents fed in reverse
 * order) byte-identical, also with the gazetteer entries listed in reverse order; a rerun from the serialised documents.jsonl and sentences.jsonl records
 * (`--from sentences`, `--from mentions`) gives the same records too.
 */
export function checkCase(c: FuzzCase): void {
  const out = runCase(c);
  checkOutput(c, out);
  checkEquivalentForms(c, out);
  const again = runCase(c, c.docs.map((_, i) => c.docs.length - 1 - i));
  const a = JSON.stringify(out);
  const b = JSON.stringify(again);
  if (a !== b) throw new InvariantError(`second run differs (reverse document order, fresh processor):\n  first  ${a.slice(0, 2000)}\n  second ${b.slice(0, 2000)}`);
  const shuffled = JSON.stringify(runCase({ ...c, entries: [...c.entries].reverse() }));
  if (shuffled !== a) throw new InvariantError(`the same gazetteer entries in reverse order give other output:\n  first    ${a.slice(0, 2000)}\n  reversed ${shuffled.slice(0, 2000)}`);
  const processor = createProcessor(compileCase(c.entries), { fuzzy: c.fuzzy, variants: c.variants, learn: c.learn, ...(c.ner && recogniser ? { recognise: recogniser } : {}) });
  c.docs.forEach((d, i) => {
    const first = out.docs[i]!;
    const raw = { doc_id: d.doc_id, original: d.original, sha256: '0' };
    const doc = JSON.parse(JSON.stringify(first.doc)) as typeof first.doc;
    const sents = JSON.parse(JSON.stringify(first.sentences)) as SentenceRecord[];
    const fromSentences = processor.fromRecord(raw, doc);
    if (JSON.stringify(fromSentences) !== JSON.stringify(first)) throw new InvariantError(`[${d.doc_id}] rerun from documents.jsonl (--from sentences) differs:\n  run   ${JSON.stringify(first).slice(0, 2000)}\n  rerun ${JSON.stringify(fromSentences).slice(0, 2000)}`);
    const fromMentions = processor.fromRecord(raw, doc, sents);
    if (JSON.stringify(fromMentions.mentions) !== JSON.stringify(first.mentions)) throw new InvariantError(`[${d.doc_id}] rerun from sentences.jsonl (--from mentions) gives other mentions:\n  run   ${JSON.stringify(first.mentions).slice(0, 2000)}\n  rerun ${JSON.stringify(fromMentions.mentions).slice(0, 2000)}`);
  });
}

/**
 * Metamorphic check: the equivalent form of every document (see `equivalentForm`) gives the same
 * normalised text, sentences, mentions and relations; only offsets move.
 */
export function checkEquivalentForms(c: FuzzCase, out: PipelineOutput = runCase(c), run: (c: FuzzCase) => PipelineOutput = runCase): void {
  const alt: FuzzCase = { ...c, docs: c.docs.map((d, i) => ({ doc_id: d.doc_id, original: equivalentForm(d.original, c.noise + i) })) };
  const altOut = run(alt);
  checkOutput(alt, altOut);
  const a = comparableOutput(out);
  const b = comparableOutput(altOut);
  if (a !== b) {
    let k = 0;
    while (k < a.length && a[k] === b[k]) k++;
    throw new InvariantError(`an equivalent form of the documents (line ends, spaces, quotes, dashes, ellipses, full-width letters, zero-width characters, BOM) gives other output; first difference at char ${k}:\n  plain ${a.slice(Math.max(0, k - 300), k + 300)}\n  alt   ${b.slice(Math.max(0, k - 300), k + 300)}\n  alt documents ${JSON.stringify(alt.docs)}`);
  }
}
