import { XMLBuilder } from 'fast-xml-parser';
import { escapeXmlAttribute, escapeXmlText } from './escape-xml.ts';

/** Attribute bag of a node or edge. */
type Attributes = Record<string, unknown>;

/** The part of a graphology graph the writer uses. */
export interface GraphLike {
  readonly type: string;
  forEachNode(callback: (node: string, attributes: object) => void): void;
  forEachEdge(callback: (edge: string, attributes: object, source: string, target: string) => void): void;
}

type GraphmlType = 'boolean' | 'int' | 'long' | 'double' | 'string';
type Domain = 'node' | 'edge';

interface KeySpec {
  id: string;
  domain: Domain;
  name: string;
  type: GraphmlType;
}

const TYPE_RANK: Record<GraphmlType, number> = { string: 0, double: 1, long: 2, int: 3, boolean: 4 };

function typeOf(value: unknown): GraphmlType | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) return 'double';
    return Math.abs(value) <= 0x7fffffff ? 'int' : 'long';
  }
  return 'string';
}

/** Attribute names in first-seen order, each with the widest type among its values. */
function inferKeys(domain: Domain, records: Iterable<Attributes>): Array<Omit<KeySpec, 'id'>> {
  const types = new Map<string, GraphmlType>();
  for (const attrs of records) {
    for (const [name, value] of Object.entries(attrs)) {
      const t = typeOf(value);
      if (t === null) continue;
      const prev = types.get(name);
      if (prev === undefined || TYPE_RANK[t] < TYPE_RANK[prev]) types.set(name, t);
    }
  }
  return [...types].map(([name, type]) => ({ domain, name, type }));
}

function dataElements(keys: KeySpec[], attrs: Attributes): Array<Record<string, string>> {
  const out: Array<Record<string, string>> = [];
  for (const k of keys) {
    const value: unknown = attrs[k.name];
    if (value === undefined || value === null) continue;
    out.push({ '@_key': k.id, '#text': escapeXmlText(String(value)) });
  }
  return out;
}

/**
 * Serialise a graphology graph as GraphML (graphology-graphml ships a parser only, so this is the
 * writer), built as a tree with fast-xml-parser's XMLBuilder.
 * @param graph any graphology graph; attribute values should be strings, numbers or booleans
 * @returns XML text with one typed `<key>` per node / edge attribute (ids `d0`, `d1`, … in
 * first-seen order), then nodes and edges in graph order
 * Note: readable by networkx `read_graphml`, igraph `read_graph(format = "graphml")`, Gephi and
 * yEd. Values are escaped here (the builder's own entity handling is off) so CR, tab and LF survive
 * a round trip.
 */
export function graphToGraphml(graph: GraphLike): string {
  const nodes: Array<{ id: string; attrs: Attributes }> = [];
  graph.forEachNode((id, attrs) => void nodes.push({ id, attrs: attrs as Attributes }));
  const edges: Array<{ id: string; attrs: Attributes; source: string; target: string }> = [];
  graph.forEachEdge((id, attrs, source, target) => void edges.push({ id, attrs: attrs as Attributes, source, target }));
  const keys: KeySpec[] = [
    ...inferKeys('node', nodes.map((n) => n.attrs)),
    ...inferKeys('edge', edges.map((e) => e.attrs)),
  ].map((k, i) => ({
    id: `d${i}`,
    ...k,
  }));
  const nodeKeys = keys.filter((k) => k.domain === 'node');
  const edgeKeys = keys.filter((k) => k.domain === 'edge');

  const a = escapeXmlAttribute;

  const tree = {
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    graphml: {
      '@_xmlns': 'http://graphml.graphdrawing.org/xmlns',
      '@_xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      '@_xsi:schemaLocation':
        'http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd',
      key: keys.map((k) => ({
        '@_id': k.id,
        '@_for': k.domain,
        '@_attr.name': a(k.name),
        '@_attr.type': k.type,
      })),
      graph: {
        '@_id': 'G',
        '@_edgedefault': graph.type === 'directed' ? 'directed' : 'undirected',
        node: nodes.map((n) => ({ '@_id': a(n.id), data: dataElements(nodeKeys, n.attrs) })),
        edge: edges.map((e) => ({
          '@_id': a(e.id),
          '@_source': a(e.source),
          '@_target': a(e.target),
          data: dataElements(edgeKeys, e.attrs),
        })),
      },
    },
  };
  const builder = new XMLBuilder({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    textNodeName: '#text',
    format: true,
    indentBy: '  ',
    suppressEmptyNode: true,
    processEntities: false,
  });
  return builder.build(tree) as string;
}
