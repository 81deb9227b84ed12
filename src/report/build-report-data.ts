import type { Diagnostic } from '../types/diagnostic.ts';
import type { Evidence, MentionRecord, RelationRecord, SentenceRecord } from '../types/records.ts';
import { buildEvidenceSentences } from './build-evidence-sentences.ts';
import { compareCodeUnits } from './compare.ts';
import { compareEvidence, distinctEvidence, pairKey, pushTo, sentenceKey } from './evidence-keys.ts';
import { summariseDiagnostics } from './summarise-diagnostics.ts';
import { summariseEval } from './summarise-eval.ts';
import { summariseEvalErrors } from './summarise-eval-errors.ts';
import type { Network, ReportData, TypeCount } from './types.ts';

/** Everything the page is built from. */
export interface ReportInput {
  /** `doc_id` of every line of documents.jsonl. */
  docIds: readonly string[];
  sentences: readonly SentenceRecord[];
  mentions: readonly MentionRecord[];
  relations: readonly RelationRecord[];
  network: Network;
  colors: ReadonlyMap<string, string>;
  /** Parsed eval.json, or null when the file is absent. */
  evalJson: unknown;
  /** Records of eval-errors.jsonl, or null when the file is absent. */
  evalErrors: readonly unknown[] | null;
  /** Records of diagnostics.jsonl, or null when the file is absent. */
  diagnostics: readonly Diagnostic[] | null;
  /** Nodes drawn at first (top by mentions); the page lets the reader raise it. */
  maxNodes: number;
  /** Evidence sentences kept per node and per edge. */
  maxEvidence: number;
}

function countTypes(network: Network, colors: ReadonlyMap<string, string>): TypeCount[] {
  const counts = new Map<string, TypeCount>();
  for (const n of network.nodes) {
    const t = counts.get(n.type) ?? { type: n.type, color: colors.get(n.type) ?? '#B0B0B0', entities: 0, mentions: 0 };
    t.entities += 1;
    t.mentions += n.mentions;
    counts.set(n.type, t);
  }
  return [...counts.values()].sort((a, b) => b.mentions - a.mentions || compareCodeUnits(a.type, b.type));
}

/**
 * Assemble the data block of report.html: nodes and edges with capped evidence, the evidence
 * sentences with mention highlights, type counts, eval rows and the diagnostics summary.
 * @param input stage records, the built network and options
 * @returns a plain JSON-able object; arrays sorted, keys in fixed order, so output is byte-stable
 * Note: a node's evidence is every sentence that mentions it, an edge's is its relation's
 * evidence; both are de-duplicated, sorted by (doc_id, sentence) and cut at `maxEvidence`, with
 * the uncut count in `evTotal`.
 */
export function buildReportData(input: ReportInput): ReportData {
  const { network, maxEvidence } = input;
  const warnings = [...network.warnings];
  const nodeIndex = new Map(network.nodes.map((n, i) => [n.id, i]));

  const sentenceByKey = new Map(input.sentences.map((s) => [sentenceKey(s.doc_id, s.index), s]));
  const mentionsBySentence = new Map<string, MentionRecord[]>();
  const evidenceByNode = new Map<string, Evidence[]>();
  for (const m of input.mentions) {
    pushTo(mentionsBySentence, sentenceKey(m.doc_id, m.sentence), m);
    pushTo(evidenceByNode, m.entity_id, { doc_id: m.doc_id, sentence: m.sentence });
  }
  const evidenceByPair = new Map<string, Evidence[]>();
  for (const r of input.relations) pushTo(evidenceByPair, pairKey(r.source, r.target), ...r.evidence);

  const used = new Map<string, Evidence>();
  const keep = (list: Evidence[]): Evidence[] => {
    const kept = list.slice(0, maxEvidence);
    for (const e of kept) used.set(sentenceKey(e.doc_id, e.sentence), e);
    return kept;
  };
  const nodeEvidence = network.nodes.map((n) => distinctEvidence(evidenceByNode.get(n.id) ?? []));
  const nodeKept = nodeEvidence.map(keep);
  const edgeEvidence = network.edges.map((e) => distinctEvidence(evidenceByPair.get(pairKey(e.source, e.target)) ?? []));
  const edgeKept = edgeEvidence.map(keep);

  const docs = [...new Set([...input.docIds, ...[...used.values()].map((e) => e.doc_id)])].sort(compareCodeUnits);
  const usedSorted = [...used.values()].sort(compareEvidence);
  const { sentences, missing } = buildEvidenceSentences(usedSorted, {
    sentenceByKey,
    mentionsBySentence,
    nodeIndex,
    docIndex: new Map(docs.map((d, i) => [d, i])),
  });
  if (missing > 0) warnings.push(`${missing} evidence sentence(s) are not in sentences.jsonl; they are shown empty`);
  const sentenceIndex = new Map(usedSorted.map((e, i) => [sentenceKey(e.doc_id, e.sentence), i]));
  const refs = (list: Evidence[]): number[] => list.map((e) => sentenceIndex.get(sentenceKey(e.doc_id, e.sentence))!);

  return {
    version: 1,
    summary: {
      documents: input.docIds.length,
      sentences: input.sentences.length,
      mentions: input.mentions.length,
      entities: network.nodes.length,
      relations: network.edges.length,
    },
    options: { maxNodes: input.maxNodes, maxEvidence },
    types: countTypes(network, input.colors),
    docs,
    nodes: network.nodes.map((n, i) => ({
      id: n.id,
      label: n.canonical,
      type: n.type,
      mentions: n.mentions,
      documents: n.documents,
      aliases: n.aliases,
      ev: refs(nodeKept[i]!),
      evTotal: nodeEvidence[i]!.length,
    })),
    edges: network.edges.map((e, i) => ({
      s: nodeIndex.get(e.source)!,
      t: nodeIndex.get(e.target)!,
      sentences: e.sentences,
      documents: e.documents,
      first_doc: e.first_doc,
      last_doc: e.last_doc,
      ev: refs(edgeKept[i]!),
      evTotal: edgeEvidence[i]!.length,
    })),
    sentences,
    eval: input.evalJson === null || input.evalJson === undefined ? null : summariseEval(input.evalJson),
    evalErrors: input.evalErrors === null ? null : summariseEvalErrors(input.evalErrors),
    diagnostics: input.diagnostics === null ? null : summariseDiagnostics(input.diagnostics),
    warnings,
  };
}
