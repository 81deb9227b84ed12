import { write } from 'graphology-gexf';
import type { NetworkGraph } from './network-to-graph.ts';

const BROKEN_VIZ_NS = 'xmlns:viz="http:///www.gexf.net/1.1draft/viz"';
const VIZ_NS = 'xmlns:viz="http://www.gexf.net/1.2draft/viz"';

/**
 * Serialise the graph as GEXF 1.2 (Gephi's own format) with graphology-gexf's writer.
 * @param graph from networkToGraph
 * @returns XML text: `label` is the node label, `color`/`size` are viz data, `weight` the edge
 * weight; every other attribute is a typed `<attvalue>`
 * Note: 1.2 rather than 1.3 because networkx's `read_gexf` and Gephi 0.9 read 1.2draft only.
 */
export function graphToGexf(graph: NetworkGraph): string {
  const xml = write(graph, { version: '1.2', pretty: true });
  // graphology-gexf 0.13 writes a malformed viz namespace for 1.2 ("http:///…/1.1draft/viz");
  // readers that match on namespace (networkx) then skip colour and size. Put the right one.
  return xml.replace(BROKEN_VIZ_NS, VIZ_NS) + '\n';
}
