import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { UndirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/commands/report.ts';
import type { MentionRecord, RelationRecord } from '../../src/types/records.ts';
import { buildFixtureReport, quietly, readFixture } from './helpers.ts';

const OUTPUTS = ['nodes.csv', 'edges.csv', 'network.gexf', 'network.graphml', 'report.html'];

// Expected values computed straight from the fixture, not through the report builders.
const mentions = readFixture<MentionRecord>('mentions.jsonl');
const relations = readFixture<RelationRecord>('relations.jsonl');
const expectedNodes = new Map<string, { canonical: string; type: string; mentions: number; documents: number; aliases: string }>();
for (const id of [...new Set(mentions.map((m) => m.entity_id))]) {
  const own = mentions.filter((m) => m.entity_id === id);
  expectedNodes.set(id, {
    canonical: own[0]!.canonical,
    type: own[0]!.type,
    mentions: own.length,
    documents: new Set(own.map((m) => m.doc_id)).size,
    aliases: [...new Set(own.map((m) => m.text))].sort().join(' | '),
  });
}
const HOSTILE_IDS = ['ner:<script>alert(1)</script>', 'ner:<img src=x onerror=alert(1)>'];

let dir = '';
beforeAll(async () => {
  dir = await buildFixtureReport();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const read = (name: string): string => readFileSync(join(dir, name), 'utf8');

describe('GraphML export', () => {
  it('is valid XML and reads back with the counts and attributes of the stage files', () => {
    const xml = read('network.graphml');
    expect(XMLValidator.validate(xml)).toBe(true);
    const g = parseGraphml(UndirectedGraph, xml);
    expect(g.order).toBe(expectedNodes.size);
    expect(g.size).toBe(relations.length);
    for (const [id, want] of expectedNodes) {
      expect(g.getNodeAttributes(id)).toMatchObject({ label: want.canonical, ...want });
    }
    for (const r of relations) {
      const key = g.edge(r.source, r.target)!;
      expect(key).toBeDefined();
      const docs = r.evidence.map((e) => e.doc_id).sort();
      expect(g.getEdgeAttributes(key)).toMatchObject({
        weight: r.sentences,
        sentences: r.sentences,
        documents: r.documents,
        source_canonical: expectedNodes.get(r.source)!.canonical,
        target_canonical: expectedNodes.get(r.target)!.canonical,
        first_doc: docs[0],
        last_doc: docs[docs.length - 1],
      });
    }
  });

  it('escapes hostile names: they read back as text, never as elements', () => {
    const xml = read('network.graphml');
    expect(xml).not.toMatch(/<script|<img/);
    expect(xml).toContain('id="ner:&lt;script&gt;alert(1)&lt;/script&gt;"');
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml);
    const ids = (doc.graphml.graph.node as Array<{ id: string }>).map((n) => n.id);
    for (const id of HOSTILE_IDS) expect(ids).toContain(id);
    const formula = (doc.graphml.graph.node as Array<{ id: string; data: Array<{ '#text': string }> }>).find(
      (n) => n.id === 'ner:hyperlink-ttp',
    )!;
    // GraphML is data, not a spreadsheet: the formula text is kept exactly.
    expect(formula.data.map((d) => d['#text'])).toContain('=HYPERLINK("http://example.invalid/x","TTP")');
  });
});

describe('GEXF export', () => {
  it('is valid XML and reads back with the counts and attributes of the stage files', () => {
    const xml = read('network.gexf');
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('xmlns:viz="http://www.gexf.net/1.2draft/viz"');
    const g = parseGexf(UndirectedGraph, xml);
    expect(g.order).toBe(expectedNodes.size);
    expect(g.size).toBe(relations.length);
    for (const [id, want] of expectedNodes) expect(g.getNodeAttributes(id)).toMatchObject({ label: want.canonical, ...want });
    for (const r of relations) {
      const key = g.edge(r.source, r.target)!;
      expect(g.getEdgeAttributes(key)).toMatchObject({ weight: r.sentences, sentences: r.sentences, documents: r.documents });
    }
    expect(g.getNodeAttribute('org:ttp', 'color')).toBe('rgb(0,114,178)');
  });

  it('escapes hostile names', () => {
    const xml = read('network.gexf');
    expect(xml).not.toMatch(/<script|<img/);
    const g = parseGexf(UndirectedGraph, xml);
    for (const id of HOSTILE_IDS) expect(g.getNodeAttribute(id, 'canonical')).toBe(id.slice(4));
  });
});

describe('CSV exports', () => {
  const csv = (name: string): Array<Record<string, string>> => parseCsv(read(name), { columns: true });

  it('nodes.csv has one row per entity with the expected columns', () => {
    const rows = csv('nodes.csv');
    expect(Object.keys(rows[0]!)).toEqual(['id', 'canonical', 'type', 'mentions', 'documents', 'aliases']);
    expect(rows.map((r) => r.id)).toEqual([...expectedNodes.keys()].sort());
    for (const r of rows) {
      const want = expectedNodes.get(r.id!)!;
      const unquote = (s: string) => (/^'[=+\-@\t\r]/.test(s) ? s.slice(1) : s);
      expect(unquote(r.canonical!)).toBe(want.canonical);
      expect(Number(r.mentions)).toBe(want.mentions);
      expect(Number(r.documents)).toBe(want.documents);
      expect(r.aliases!.split(' | ').map(unquote).join(' | ')).toBe(want.aliases);
    }
  });

  it('edges.csv has one row per relation, counts as plain numbers', () => {
    const rows = csv('edges.csv');
    expect(Object.keys(rows[0]!)).toEqual([
      'source', 'target', 'source_canonical', 'target_canonical', 'sentences', 'documents', 'first_doc', 'last_doc',
    ]);
    expect(rows.map((r) => [r.source, r.target, r.sentences])).toEqual(relations.map((r) => [r.source, r.target, String(r.sentences)]));
    expect(rows.find((r) => r.source === 'loc:peshawar')!.first_doc).toBe('2024/Pešāwar attack – نیوز');
  });

  it('neutralises formula cells and nothing else', () => {
    const cells = [...csv('nodes.csv'), ...csv('edges.csv')].flatMap((r) => Object.values(r));
    for (const c of cells) expect(c).not.toMatch(/^[=+\-@\t\r]/);
    expect(cells).toContain(`'=HYPERLINK("http://example.invalid/x","TTP")`);
    expect(cells).toContain(`'@Khorasan_Diary`);
    expect(cells).toContain('Lashkar-e-Jhangvi');
    expect(cells).toContain('<script>alert(1)</script>');
  });
});

describe('report command', () => {
  it('writes byte-identical files on a rerun', async () => {
    const before = OUTPUTS.map(read);
    expect(await quietly(() => main(['--out', dir]))).toBe(0);
    expect(OUTPUTS.map(read)).toEqual(before);
  });

  it('embeds the data with < escaped, so article text cannot close the script', () => {
    const html = read('report.html');
    const block = html.match(/<script type="application\/json" id="report-data">([^]*?)<\/script>/)![1]!;
    expect(block).not.toContain('<');
    expect(JSON.parse(block).nodes).toHaveLength(expectedNodes.size);
    expect(html.match(/<script/g)).toHaveLength(2);
    // Outside the data block, the only URL is the SVG namespace: nothing to fetch.
    const page = html.replace(block, '');
    expect(page.match(/https?:\/\/[^\s'"]*/g)).toEqual(['http://www.w3.org/2000/svg']);
    expect(page).not.toMatch(/\b(?:src|href)\s*=\s*(?!["']?data:)/i);
  });

  it('fails with a clear diagnostic when a stage file is missing', async () => {
    const broken = await buildFixtureReport();
    rmSync(join(broken, 'relations.jsonl'));
    await expect(quietly(() => main(['--out', broken]))).rejects.toThrow(/relations\.jsonl not found.*npm run pipeline/);
    rmSync(broken, { recursive: true, force: true });
  });

  it('rejects unknown options with exit code 2', async () => {
    expect(await quietly(() => main(['--nope']))).toBe(2);
  });
});
