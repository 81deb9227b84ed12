/**
 * Shapes the report builders share: one network row per entity and per entity pair, and the data
 * block embedded in report.html. Field order here is the column / key order of every output file.
 */

/** One entity of the network: a line of nodes.csv, a node of network.gexf / network.graphml. */
export interface NodeRow {
  /** `entity_id` from mentions.jsonl. */
  id: string;
  canonical: string;
  type: string;
  /** Number of mentions of this entity. */
  mentions: number;
  /** Number of distinct documents that mention it. */
  documents: number;
  /** Distinct surface texts, sorted by UTF-16 code units. */
  aliases: string[];
}

/** One co-occurring pair: a line of edges.csv, an edge of network.gexf / network.graphml. */
export interface EdgeRow {
  source: string;
  target: string;
  source_canonical: string;
  target_canonical: string;
  /** Sentences the pair co-occurs in (the edge weight). */
  sentences: number;
  documents: number;
  /** Smallest evidence `doc_id` (UTF-16 code-unit order), '' when there is no evidence. */
  first_doc: string;
  /** Largest evidence `doc_id` (UTF-16 code-unit order), '' when there is no evidence. */
  last_doc: string;
}

/** The network as sorted rows: nodes by id, edges by (source, target). */
export interface Network {
  nodes: NodeRow[];
  edges: EdgeRow[];
  /** Problems found while building (e.g. a relation naming an entity with no mention). */
  warnings: string[];
}

/** A sentence shown as evidence, with the mentions to highlight (offsets into `text`). */
export interface EvidenceSentence {
  /** Index into `ReportData.docs`. */
  doc: number;
  /** Sentence index within the document. */
  index: number;
  text: string;
  /** `[start, end, node]`: UTF-16 offsets into `text`, node index into `ReportData.nodes`. */
  marks: Array<[number, number, number]>;
}

/** A node as the page sees it. */
export interface ReportNode {
  id: string;
  label: string;
  type: string;
  mentions: number;
  documents: number;
  aliases: string[];
  /** Evidence sentence indices (capped). */
  ev: number[];
  /** Evidence sentences before the cap. */
  evTotal: number;
}

/** An edge as the page sees it; `s` and `t` index `ReportData.nodes`. */
export interface ReportEdge {
  s: number;
  t: number;
  sentences: number;
  documents: number;
  first_doc: string;
  last_doc: string;
  ev: number[];
  evTotal: number;
}

/** One scored row of eval.json (any object holding numeric p, r and f1). */
export interface EvalRow {
  /** Dotted path in eval.json, e.g. `mentions.strict`. */
  name: string;
  p: number;
  r: number;
  f1: number;
  tp: number | null;
  pred: number | null;
  gold: number | null;
  /** pred - tp, when both are known. */
  fp: number | null;
  /** gold - tp, when both are known. */
  fn: number | null;
}

/** F1 per document, from the `per_doc` list of eval.json. */
export interface PerDocScores {
  /** Score names (dotted paths inside a per_doc entry), first-seen order. */
  columns: string[];
  rows: Array<{ doc_id: string; f1: Array<number | null> }>;
}

/** What the page shows of eval.json. */
export interface EvalSummary {
  docs: number | null;
  rows: EvalRow[];
  perDoc: PerDocScores | null;
  /** Keys of eval.json that are not scores, pretty-printed JSON (for a collapsed panel). */
  extra: string | null;
}

/** One kind of error of eval-errors.jsonl, counted, with its most frequent items and examples. */
export interface ErrorKindSummary {
  kind: string;
  count: number;
  /** Most frequent labels (e.g. `PERSON "Mao"`), with counts. */
  top: Array<{ label: string; count: number }>;
  /** A few records: document and context (`⟦…⟧` marks the span) or label. */
  examples: Array<{ doc: string; text: string }>;
}

/** Summary of eval-errors.jsonl. */
export interface EvalErrorSummary {
  total: number;
  kinds: ErrorKindSummary[];
}

/** Diagnostics counted by severity and code. */
export interface DiagnosticSummary {
  total: number;
  rows: Array<{ severity: string; code: string; count: number; example: string }>;
}

/** Count of entities and mentions per type, with the colour the page draws the type in. */
export interface TypeCount {
  type: string;
  color: string;
  entities: number;
  mentions: number;
}

/** Everything report.html draws, embedded as one JSON block. */
export interface ReportData {
  version: 1;
  summary: { documents: number; sentences: number; mentions: number; entities: number; relations: number };
  options: { maxNodes: number; maxEvidence: number };
  types: TypeCount[];
  docs: string[];
  nodes: ReportNode[];
  edges: ReportEdge[];
  sentences: EvidenceSentence[];
  eval: EvalSummary | null;
  evalErrors: EvalErrorSummary | null;
  diagnostics: DiagnosticSummary | null;
  warnings: string[];
}
