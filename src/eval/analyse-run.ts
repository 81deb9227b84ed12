/**
 * Everything the scores and the error report are computed from: per-document matches, the
 * strictly matched mentions with their gold entity and predicted id, and the id mapping.
 */
import type { GoldDoc } from '../types/records.ts';
import { TanzeemError } from '../types/diagnostic.ts';
import { matchMentions, type MentionPair } from './match-mentions.ts';
import { contingency, type Contingency, type LinkItem } from './score-linking.ts';
import { cooccurrencePairs, goldNode, mapPredictedIds, resolveId, type DocPairs } from './score-relations.ts';
import { scoreSentences, type SentenceDiff } from './score-sentences.ts';
import { isScoredType, type EvalInput, type GoldMention, type PredMention, type PredSentence } from './types.ts';

/** Matches of one gold document. */
export interface DocAnalysis {
  doc_id: string;
  /** Gold mentions sorted by (start, end). */
  gold: GoldMention[];
  /** Gold sentences sorted by (start, end). */
  goldSentences: GoldDoc['sentences'];
  /** Predicted ORG/PERSON/LOC mentions sorted by (start, end, type, entity_id). */
  pred: PredMention[];
  /** Predicted sentences sorted by (start, end). */
  predSentences: PredSentence[];
  strict: MentionPair[];
  lenient: MentionPair[];
  /** Null when the gold has no sentences. */
  sentences: SentenceDiff | null;
  pairs: DocPairs | null;
  /** Predicted mentions of other types (ignored). */
  ignored: PredMention[];
}

/** A strictly matched mention with where it is. */
export interface LinkedMention extends LinkItem {
  doc_id: string;
  start: number;
  end: number;
  text: string;
}

/** Analysis of one system against the gold. */
export interface RunAnalysis {
  docs: DocAnalysis[];
  links: LinkedMention[];
  table: Contingency;
  /** Predicted id → gold node (see score-relations.ts). */
  mapping: Map<string, string>;
  predictedDocsWithoutGold: number;
}

/**
 * Match one system's predictions against the gold documents.
 * @param input gold files and predicted sentence and mention records (any documents)
 * @returns per-document matches in doc_id order, corpus-wide links and id mapping
 * Note: predictions for documents without a gold file are counted and otherwise ignored; a
 * gold doc_id given twice is a TanzeemError.
 */
export function analyseRun(input: EvalInput): RunAnalysis {
  const gold = [...input.gold].sort((a, b) => cmp(a.doc_id, b.doc_id));
  const ids = new Set<string>();
  for (const g of gold) {
    if (ids.has(g.doc_id)) throw duplicate(g.doc_id);
    ids.add(g.doc_id);
  }
  const sentencesByDoc = groupBy(input.sentences.filter((s) => ids.has(s.doc_id)));
  const mentionsByDoc = groupBy(input.mentions.filter((m) => ids.has(m.doc_id)));
  const predictedDocs = new Set([...input.sentences, ...input.mentions].map((r) => r.doc_id));
  const predictedDocsWithoutGold = [...predictedDocs].filter((d) => !ids.has(d)).length;

  const docs = gold.map((g): DocAnalysis => {
    const all = mentionsByDoc.get(g.doc_id) ?? [];
    const pred = all.filter((m) => isScoredType(m.type)).sort(byMention);
    const golds = [...g.mentions].sort((a, b) => a.start - b.start || a.end - b.end);
    const goldSentences = [...g.sentences].sort((a, b) => a.start - b.start || a.end - b.end);
    const predSentences = [...(sentencesByDoc.get(g.doc_id) ?? [])].sort((a, b) => a.start - b.start || a.end - b.end);
    const hasSentences = goldSentences.length > 0;
    return {
      doc_id: g.doc_id,
      gold: golds,
      goldSentences,
      pred,
      predSentences,
      strict: matchMentions(golds, pred, 'strict'),
      lenient: matchMentions(golds, pred, 'lenient'),
      sentences: hasSentences ? scoreSentences(goldSentences, predSentences) : null,
      pairs: null,
      ignored: all.filter((m) => !isScoredType(m.type)),
    };
  });

  const links: LinkedMention[] = [];
  for (const d of docs) {
    for (const { gold: gi, pred: pi } of d.strict) {
      const g = d.gold[gi]!;
      links.push({ gold: g.canonical, pred: d.pred[pi]!.entity_id, doc_id: d.doc_id, start: g.start, end: g.end, text: g.text });
    }
  }
  const mapping = mapPredictedIds(links);
  for (const d of docs) if (d.sentences) d.pairs = docPairs(d, mapping);
  return { docs, links, table: contingency(links), mapping, predictedDocsWithoutGold };
}

/** Gold pairs from gold mentions in gold sentences; predicted pairs from `mention.sentence`. */
function docPairs(d: DocAnalysis, mapping: ReadonlyMap<string, string>): DocPairs {
  const goldGroups = new Map<number, string[]>();
  d.gold.forEach((m, i) => {
    const s = d.goldSentences.findIndex((x) => x.start <= m.start && m.end <= x.end);
    push(goldGroups, s >= 0 ? s : -1 - i, goldNode(m.canonical));
  });
  const predGroups = new Map<number, string[]>();
  for (const m of d.pred) push(predGroups, m.sentence, resolveId(mapping, m.entity_id));
  return { gold: cooccurrencePairs(goldGroups.values()), pred: cooccurrencePairs(predGroups.values()) };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function groupBy<T extends { doc_id: string }>(records: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of records) push(out, r.doc_id, r);
  return out;
}

function byMention(a: PredMention, b: PredMention): number {
  return a.start - b.start || a.end - b.end || cmp(a.type, b.type) || cmp(a.entity_id, b.entity_id);
}

/** Code-unit string order (locale-independent). */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function duplicate(docId: string): TanzeemError {
  return new TanzeemError([
    {
      code: 'GOLD_DUPLICATE_DOC',
      severity: 'fatal',
      stage: 'eval',
      docId,
      message: `two gold documents have doc_id '${docId}'`,
      fix: 'keep one gold file per document (gold/<doc_id>.json)',
    },
  ]);
}
