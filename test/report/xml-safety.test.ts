import { UndirectedGraph } from 'graphology';
import { parse as parseGraphml } from 'graphology-graphml';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { escapeXmlAttribute, escapeXmlText } from '../../src/report/escape-xml.ts';
import { sanitiseXmlText } from '../../src/report/sanitise-xml-text.ts';
import { graphToGraphml } from '../../src/report/write-graphml.ts';

const HOSTILE = `<script>alert("1")</script> & 'x' <img src=x onerror=alert(1)> ]]> <!-- \t tab\r\nCRLF`;

describe('XML escaping', () => {
  it('escapes markup and quotes in attributes, and keeps whitespace as character references', () => {
    expect(escapeXmlAttribute(`<a href="x">&'\t\n\r`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;&#9;&#10;&#13;');
  });

  it('escapes markup in text and keeps CR', () => {
    expect(escapeXmlText('a<b>&c\r\n"\'')).toBe('a&lt;b&gt;&amp;c&#13;\n"\'');
  });

  it('replaces characters XML cannot carry, and only those', () => {
    expect(sanitiseXmlText('a\u0000b\u0008c\u001Fd\uFFFEe\uD800f')).toBe('a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf');
    const fine = 'tab\t LF\n CR\r emoji 😀 Pešāwar نیوز';
    expect(sanitiseXmlText(fine)).toBe(fine);
  });
});

describe('graphToGraphml', () => {
  const graph = new UndirectedGraph();
  graph.addNode(HOSTILE, { label: HOSTILE, mentions: 3, share: 0.5, flag: true });
  graph.addNode('plain', { label: 'Plain', mentions: 1, share: 1, flag: false });
  graph.addEdgeWithKey('e0', HOSTILE, 'plain', { weight: 2, note: HOSTILE });
  const xml = graphToGraphml(graph);

  it('is well-formed XML with no raw markup from the data', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toContain('<script');
    expect(xml).not.toContain('<img');
  });

  it('declares typed keys in first-seen order', () => {
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml);
    const keys = (doc.graphml.key as Array<Record<string, string>>).map((k) => [k.id, k.for, k['attr.name'], k['attr.type']]);
    expect(keys).toEqual([
      ['d0', 'node', 'label', 'string'],
      ['d1', 'node', 'mentions', 'int'],
      ['d2', 'node', 'share', 'double'],
      ['d3', 'node', 'flag', 'boolean'],
      ['d4', 'edge', 'weight', 'int'],
      ['d5', 'edge', 'note', 'string'],
    ]);
  });

  it('reads back identical through graphology-graphml (ids, attributes, CR/LF/tab included)', () => {
    const back = parseGraphml(UndirectedGraph, xml);
    expect(back.nodes()).toEqual([HOSTILE, 'plain']);
    expect(back.getNodeAttributes(HOSTILE)).toEqual({ label: HOSTILE, mentions: 3, share: 0.5, flag: true });
    expect(back.getNodeAttributes('plain')).toEqual({ label: 'Plain', mentions: 1, share: 1, flag: false });
    expect(back.getEdgeAttributes('e0')).toEqual({ weight: 2, note: HOSTILE });
    expect(back.extremities('e0')).toEqual([HOSTILE, 'plain']);
  });
});
