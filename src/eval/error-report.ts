/**
 * Errors a person can act on: missed, spurious, mistyped and mis-bounded mentions, wrong links,
 * wrong sentence ends and wrong relation pairs. Records are plain data (written as
 * eval-errors.jsonl and rendered to eval-errors.md).
 */
import type { DocAnalysis, RunAnalysis } from './analyse-run.ts';
import { cmp } from './analyse-run.ts';
import { pointContext, spanContext } from './context.ts';
import { matchMentions } from './match-mentions.ts';
import { splitPair } from './score-relations.ts';
import type { ErrorRecord, MentionRef, LinkPart } from './error-types.ts';

/**
 * Collect the errors of one analysed run.
 * @param a the analysis (see analyseRun)
 * @param texts original text per doc_id, for context excerpts (documents without text get null)
 * @returns records in a fixed order: mention errors by document and position, then link
 *   errors, sentence errors, relation errors
 * Note: a gold and a predicted mention of different types that overlap (and are not matched
 * otherwise) are one `type` error, not a missed plus a spurious mention.
 */
export function collectErrors(a: RunAnalysis, texts: ReadonlyMap<string, string>): ErrorRecord[] {
  const out: ErrorRecord[] = [];
  for (const d of a.docs) out.push(...mentionErrors(d, texts.get(d.doc_id)));
  out.push(...linkErrors(a));
  for (const d of a.docs) out.push(...sentenceErrors(d, texts.get(d.doc_id)));
  out.push(...relationErrors(a));
  return out;
}

function mentionErrors(d: DocAnalysis, text: string | undefined): ErrorRecord[] {
  const out: ErrorRecord[] = [];
  const goldRef = (i: number): MentionRef => {
    const m = d.gold[i]!;
    return { start: m.start, end: m.end, text: m.text, type: m.type, id: m.canonical };
  };
  const predRef = (i: number): MentionRef => {
    const m = d.pred[i]!;
    return { start: m.start, end: m.end, text: m.text, type: m.type, id: m.entity_id };
  };
  const goldUsed = new Set<number>();
  const predUsed = new Set<number>();
  for (const p of d.lenient) {
    goldUsed.add(p.gold);
    predUsed.add(p.pred);
    if (p.exact) continue;
    const g = goldRef(p.gold);
    const q = predRef(p.pred);
    out.push({ kind: 'boundary', doc_id: d.doc_id, start: g.start, end: g.end, gold: g, pred: q, context: ctx(text, g, q) });
  }
  const gLeft = d.gold.map((_, i) => i).filter((i) => !goldUsed.has(i));
  const pLeft = d.pred.map((_, i) => i).filter((i) => !predUsed.has(i));
  const typed = matchMentions(gLeft.map((i) => d.gold[i]!), pLeft.map((i) => d.pred[i]!), 'lenient', false);
  for (const p of typed) {
    const g = goldRef(gLeft[p.gold]!);
    const q = predRef(pLeft[p.pred]!);
    goldUsed.add(gLeft[p.gold]!);
    predUsed.add(pLeft[p.pred]!);
    out.push({ kind: 'type', doc_id: d.doc_id, start: g.start, end: g.end, gold: g, pred: q, context: ctx(text, g, q) });
  }
  d.gold.forEach((_, i) => {
    if (goldUsed.has(i)) return;
    const g = goldRef(i);
    out.push({ kind: 'missed', doc_id: d.doc_id, start: g.start, end: g.end, gold: g, pred: null, context: spanContext(text, g.start, g.end) });
  });
  d.pred.forEach((_, i) => {
    if (predUsed.has(i)) return;
    const q = predRef(i);
    out.push({ kind: 'spurious', doc_id: d.doc_id, start: q.start, end: q.end, gold: null, pred: q, context: spanContext(text, q.start, q.end) });
  });
  return out.sort((x, y) => (x.start ?? 0) - (y.start ?? 0) || (x.end ?? 0) - (y.end ?? 0) || cmp(x.kind, y.kind));
}

function ctx(text: string | undefined, g: MentionRef, q: MentionRef): string | null {
  return spanContext(text, Math.min(g.start, q.start), Math.max(g.end, q.end));
}

function linkErrors(a: RunAnalysis): ErrorRecord[] {
  const out: ErrorRecord[] = [];
  const examples = new Map<string, string[]>();
  for (const l of a.links) {
    const k = `${l.gold}\u0000${l.pred}`;
    const list = examples.get(k) ?? [];
    if (!list.includes(l.text) && list.length < 3) list.push(l.text);
    examples.set(k, list);
  }
  const part = (gold: string, pred: string, name: string, count: number): LinkPart => ({
    name,
    count,
    examples: examples.get(`${gold}\u0000${pred}`) ?? [],
  });
  for (const g of [...a.table.cells.keys()].sort(cmp)) {
    const row = a.table.cells.get(g)!;
    if (row.size < 2) continue;
    const parts = [...row].map(([id, n]) => part(g, id, id, n)).sort(byCount);
    out.push({ kind: 'link_split', doc_id: null, start: null, end: null, entity: g, count: a.table.goldSize.get(g)!, parts });
  }
  const byPred = new Map<string, LinkPart[]>();
  for (const [g, row] of a.table.cells) {
    for (const [id, n] of row) byPred.set(id, [...(byPred.get(id) ?? []), part(g, id, g, n)]);
  }
  for (const id of [...byPred.keys()].sort(cmp)) {
    const parts = byPred.get(id)!;
    if (parts.length < 2) continue;
    out.push({ kind: 'link_merge', doc_id: null, start: null, end: null, entity: id, count: a.table.predSize.get(id)!, parts: parts.sort(byCount) });
  }
  return out;
}

function byCount(x: LinkPart, y: LinkPart): number {
  return y.count - x.count || cmp(x.name, y.name);
}

function sentenceErrors(d: DocAnalysis, text: string | undefined): ErrorRecord[] {
  if (!d.sentences) return [];
  const predEnds = d.predSentences.map((s) => s.end);
  const goldEnds = d.goldSentences.map((s) => s.end);
  const nearest = (at: number, ends: number[]): number | null =>
    ends.length === 0 ? null : ends.reduce((best, e) => (Math.abs(e - at) < Math.abs(best - at) ? e : best));
  return [
    ...d.sentences.missed.map((s): ErrorRecord => ({
      kind: 'sentence_missed', doc_id: d.doc_id, start: s.start, end: s.end, nearest: nearest(s.end, predEnds), context: pointContext(text, s.end),
    })),
    ...d.sentences.spurious.map((s): ErrorRecord => ({
      kind: 'sentence_spurious', doc_id: d.doc_id, start: s.start, end: s.end, nearest: nearest(s.end, goldEnds), context: pointContext(text, s.end),
    })),
  ].sort((x, y) => (x.end ?? 0) - (y.end ?? 0) || cmp(x.kind, y.kind));
}

function relationErrors(a: RunAnalysis): ErrorRecord[] {
  const gold = new Map<string, string[]>();
  const pred = new Map<string, string[]>();
  for (const d of a.docs) {
    if (!d.pairs) continue;
    for (const k of d.pairs.gold) gold.set(k, [...(gold.get(k) ?? []), d.doc_id]);
    for (const k of d.pairs.pred) pred.set(k, [...(pred.get(k) ?? []), d.doc_id]);
  }
  const name = (node: string): string => (node.startsWith('G:') ? node.slice(2) : `${node.slice(2)} (id matching no gold entity)`);
  const rec = (kind: 'relation_missed' | 'relation_spurious', k: string, docs: string[]): ErrorRecord => {
    const [x, y] = splitPair(k);
    return { kind, doc_id: null, start: null, end: null, pair: [name(x), name(y)], docs };
  };
  const missed = [...gold.keys()].filter((k) => !pred.has(k)).sort(cmp).map((k) => rec('relation_missed', k, gold.get(k)!));
  const spurious = [...pred.keys()].filter((k) => !gold.has(k)).sort(cmp).map((k) => rec('relation_spurious', k, pred.get(k)!));
  return [...missed, ...spurious];
}
