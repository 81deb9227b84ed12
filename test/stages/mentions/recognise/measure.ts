/**
 * Measure the recogniser against the hand-labelled gold: strict and lenient precision, recall and
 * F1 per type, (A) as if the gazetteer found nothing (taken = []) and (B) with the gold mentions of
 * well-known entities (canonicals in at least `--known-docs` documents) given as `taken`.
 *
 *   npx tsx test/stages/mentions/recognise/measure.ts [--corpus corpus] [--gold gold]
 *     [--min-score 0.5] [--no-pos] [--errors] [--known-docs 2]
 *
 * A development tool, not a test: it reads corpus/ and gold/ and prints a table.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createRecogniser, type Candidate } from '../../../../src/stages/mentions/recognise/index.ts';

interface GoldMention { start: number; end: number; text: string; type: string; canonical: string }
interface GoldFile { doc_id: string; sentences: Array<{ start: number; end: number }>; mentions: GoldMention[] }
interface Counts { tp: number; pred: number; gold: number }
type Table = Record<string, { strict: Counts; lenient: Counts }>;

const TYPES = ['ORG', 'PERSON', 'LOC'] as const;
const { values } = parseArgs({ options: {
  corpus: { type: 'string', default: 'corpus' }, gold: { type: 'string', default: 'gold' },
  'min-score': { type: 'string', default: '0.5' }, 'no-pos': { type: 'boolean', default: false },
  errors: { type: 'boolean', default: false }, 'known-docs': { type: 'string', default: '2' },
} });

const golds: GoldFile[] = readdirSync(values.gold).filter((f) => f.endsWith('.json')).sort()
  .map((f) => JSON.parse(readFileSync(join(values.gold, f), 'utf8')) as GoldFile);
const docsOf = new Map<string, Set<string>>();
for (const g of golds) for (const m of g.mentions) {
  const s = docsOf.get(m.canonical) ?? new Set<string>();
  s.add(g.doc_id);
  docsOf.set(m.canonical, s);
}
const knownDocs = Number(values['known-docs']);
const wellKnown = new Set([...docsOf].filter(([, d]) => d.size >= knownDocs).map(([c]) => c));

const recognise = createRecogniser({ minScore: Number(values['min-score']), pos: !values['no-pos'] });

function empty(): Table {
  const t: Table = {};
  for (const k of ['ALL', ...TYPES]) t[k] = { strict: { tp: 0, pred: 0, gold: 0 }, lenient: { tp: 0, pred: 0, gold: 0 } };
  return t;
}

function score(table: Table, gold: GoldMention[], pred: Candidate[], text: string, errors: string[]): void {
  for (const key of ['ALL', ...TYPES]) {
    const g = gold.filter((m) => key === 'ALL' || m.type === key);
    const p = pred.filter((m) => key === 'ALL' || m.type === key);
    const row = table[key];
    row.strict.pred += p.length; row.strict.gold += g.length;
    row.lenient.pred += p.length; row.lenient.gold += g.length;
    const exact = new Set(g.map((m) => `${m.start}:${m.end}:${m.type}`));
    row.strict.tp += p.filter((m) => exact.has(`${m.start}:${m.end}:${m.type}`)).length;
    const used = new Set<number>();
    for (const m of p) {
      const hit = g.findIndex((x, i) => !used.has(i) && x.type === m.type && x.start < m.end && m.start < x.end);
      if (hit >= 0) { used.add(hit); row.lenient.tp += 1; }
    }
  }
  if (!values.errors) return;
  const exactP = new Set(pred.map((m) => `${m.start}:${m.end}:${m.type}`));
  const exactG = new Set(gold.map((m) => `${m.start}:${m.end}:${m.type}`));
  const around = (s: number, e: number): string => `${text.slice(Math.max(0, s - 30), s)}[[${text.slice(s, e)}]]${text.slice(e, e + 30)}`.replace(/\n/g, ' ');
  for (const m of pred) if (!exactG.has(`${m.start}:${m.end}:${m.type}`)) errors.push(`FP ${m.type}\t${around(m.start, m.end)}\t[${m.cue} ${m.score}]`);
  for (const m of gold) if (!exactP.has(`${m.start}:${m.end}:${m.type}`)) errors.push(`FN ${m.type}\t${around(m.start, m.end)}`);
}

const f1 = (c: Counts): string => {
  const p = c.pred ? c.tp / c.pred : 0;
  const r = c.gold ? c.tp / c.gold : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return `P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${f.toFixed(3)} (tp ${c.tp}/pred ${c.pred}/gold ${c.gold})`;
};

for (const mode of ['A: taken = []', `B: taken = gold mentions of ${wellKnown.size} entities in >= ${knownDocs} docs`]) {
  const table = empty();
  const errors: string[] = [];
  let chars = 0;
  let ms = 0;
  for (const g of golds) {
    const text = readFileSync(join(values.corpus, `${g.doc_id}.txt`), 'utf8');
    const takenMentions = mode.startsWith('A') ? [] : g.mentions.filter((m) => wellKnown.has(m.canonical));
    const t0 = performance.now();
    const pred = recognise({ text, sentences: g.sentences.map((s) => [s.start, s.end]),
      taken: takenMentions.map((m) => [m.start, m.end]), known: takenMentions.map((m) => ({ start: m.start, end: m.end, type: m.type })) });
    ms += performance.now() - t0;
    chars += text.length;
    const taken = new Set(takenMentions);
    if (values.errors) errors.push(`--- ${g.doc_id}`);
    score(table, g.mentions.filter((m) => !taken.has(m)), pred, text, errors);
  }
  console.log(`\n${mode}  (${golds.length} docs, ${(chars / 1024).toFixed(1)} KiB, ${ms.toFixed(0)} ms)`);
  for (const key of ['ALL', ...TYPES]) {
    console.log(`${key.padEnd(6)} strict  ${f1(table[key].strict)}`);
    console.log(`${''.padEnd(6)} lenient ${f1(table[key].lenient)}`);
  }
  if (values.errors) console.log(errors.join('\n'));
}
