import { UndirectedGraph } from 'graphology';
import { sanitiseXmlText } from './sanitise-xml-text.ts';
import { ALIAS_SEPARATOR } from './write-csv.ts';
import type { Network } from './types.ts';

/** Node attributes written to GEXF and GraphML (`color` and `size` become GEXF viz data). */
export interface GraphNodeAttributes {
  label: string;
  canonical: string;
  type: string;
  mentions: number;
  documents: number;
  aliases: string;
  color: string;
  size: number;
}

/** Edge attributes written to GEXF and GraphML; `weight` equals `sentences`. */
export interface GraphEdgeAttributes {
  weight: number;
  sentences: number;
  documents: number;
  source_canonical: string;
  target_canonical: string;
  first_doc: string;
  last_doc: string;
}

/** The network as an undirected graphology graph. */
export type NetworkGraph = UndirectedGraph<GraphNodeAttributes, GraphEdgeAttributes>;

/**
 * Build the graphology graph the XML writers serialise.
 * @param network sorted rows from buildNetwork
 * @param colors type → colour (see assignTypeColors)
 * @returns an undirected simple graph; nodes and edges inserted in row order, edge keys `e0`, `e1`, …
 * Note: every string is passed through sanitiseXmlText; `size` is 1 + √mentions (Gephi node size).
 */
export function networkToGraph(network: Network, colors: ReadonlyMap<string, string>): NetworkGraph {
  const x = sanitiseXmlText;
  const graph: NetworkGraph = new UndirectedGraph({ multi: false, allowSelfLoops: true });
  for (const n of network.nodes) {
    graph.addNode(x(n.id), {
      label: x(n.canonical),
      canonical: x(n.canonical),
      type: x(n.type),
      mentions: n.mentions,
      documents: n.documents,
      aliases: x(n.aliases.join(ALIAS_SEPARATOR)),
      color: colors.get(n.type) ?? '#B0B0B0',
      size: Math.round((1 + Math.sqrt(n.mentions)) * 100) / 100,
    });
  }
  network.edges.forEach((e, i) => {
    graph.addEdgeWithKey(`e${i}`, x(e.source), x(e.target), {
      weight: e.sentences,
      sentences: e.sentences,
      documents: e.documents,
      source_canonical: x(e.source_canonical),
      target_canonical: x(e.target_canonical),
      first_doc: x(e.first_doc),
      last_doc: x(e.last_doc),
    });
  });
  return graph;
}
