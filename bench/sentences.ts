/**
 * Sentence splitter benchmark: throughput (MB/s of UTF-8 input) of tanzeem's rule-based splitter,
 * wink-nlp (eng-lite-web-model) and compromise on the development corpus repeated to ~20 MB, and
 * boundary agreement (P/R/F1 of sentence ends, as the scorer counts them) with gold/*.json.
 *
 * Run: npx tsx bench/sentences.ts [--mb 20] [--only name,name] [--skip-compromise]
 * (full compromise runs at 0.02–0.05 MB/s: 20 MB takes 7 to 14 minutes; --skip-compromise skips its timing).
 * All three get the same, un-normalised corpus text, so their offsets compare with gold directly.
 */
import { readdirSync, readFileSync } from 'node:fs';
import nlp from 'compromise';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { createSentenceSplitter } from '../src/stages/sentences/split-sentences.ts';

type Ends = (text: string) => number[];

const root = new URL('../', import.meta.url);
const args = process.argv.slice(2);
const targetMb = Number(args[args.indexOf('--mb') + 1] ?? 20) || 20;

const ours = createSentenceSplitter();
const wink = winkNLP(model);
const its = wink.its;

const oursEnds: Ends = (text) => ours(text).map(([, end]) => end);

/** wink sentence spans are token ranges; token offsets come from preceding spaces + values. */
const winkEnds: Ends = (text) => {
  const doc = wink.readDoc(text);
  const values = doc.tokens().out() as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const tokenEnd: number[] = [];
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    at += spaces[i]!.length + values[i]!.length;
    tokenEnd.push(at);
  }
  const ends: number[] = [];
  for (const [first, last] of doc.sentences().out(its.span) as unknown as Array<[number, number]>) {
    let j = last;
    while (j > first && values[j]!.trim() === '') j--;
    if (values[j]!.trim() !== '') ends.push(tokenEnd[j]!);
  }
  return ends;
};

const compromiseEnds: Ends = (text) =>
  (nlp(text).sentences().json({ offset: true }) as Array<{ offset: { start: number; length: number } }>).map(
    (s) => s.offset.start + s.offset.length,
  );

/** compromise without the tagger: `nlp.tokenize` splits sentences too (`.sentences()` needs tags). */
const compromiseTokenizeEnds: Ends = (text) =>
  (nlp.tokenize(text).json({ offset: true }) as Array<{ offset: { start: number; length: number } }>).map(
    (s) => s.offset.start + s.offset.length,
  );

/** Run a splitter on each non-blank line separately (headlines then stand alone). */
function perLine(split: Ends): Ends {
  return (text) => {
    const ends: number[] = [];
    let start = 0;
    for (const line of text.split('\n')) {
      if (line.trim() !== '') for (const end of split(line)) ends.push(start + end);
      start += line.length + 1;
    }
    return ends;
  };
}

const corpusDir = new URL('corpus/', root);
const docs = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ id: f.slice(0, -4), text: readFileSync(new URL(f, corpusDir), 'utf8') }));

function throughput(split: Ends, mb: number): { mb: number; seconds: number; mbPerS: number } {
  const corpusBytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
  const rounds = Math.max(1, Math.round((mb * 1e6) / corpusBytes));
  for (const d of docs) split(d.text); // warm-up
  let sink = 0;
  const t0 = process.hrtime.bigint();
  for (let r = 0; r < rounds; r++) for (const d of docs) sink += split(d.text).length;
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (sink < 0) throw new Error('unreachable');
  const total = (rounds * corpusBytes) / 1e6;
  return { mb: +total.toFixed(1), seconds: +seconds.toFixed(2), mbPerS: +(total / seconds).toFixed(2) };
}

function agreement(split: Ends): { p: number; r: number; f1: number; tp: number; pred: number; gold: number } | null {
  const goldDir = new URL('gold/', root);
  let files: string[] = [];
  try {
    files = readdirSync(goldDir).filter((f) => f.endsWith('.json'));
  } catch {
    return null;
  }
  let tp = 0;
  let pred = 0;
  let gold = 0;
  for (const f of files) {
    const g = JSON.parse(readFileSync(new URL(f, goldDir), 'utf8')) as { doc_id: string; sentences: Array<{ end: number }> };
    const doc = docs.find((d) => d.id === g.doc_id);
    if (!doc) continue;
    const goldEnds = new Set(g.sentences.map((s) => s.end));
    const predEnds = new Set(split(doc.text));
    for (const e of predEnds) if (goldEnds.has(e)) tp++;
    pred += predEnds.size;
    gold += goldEnds.size;
  }
  if (gold === 0) return null;
  const p = pred ? tp / pred : 0;
  const r = tp / gold;
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  return { p: +p.toFixed(4), r: +r.toFixed(4), f1: +f1.toFixed(4), tp, pred, gold };
}

const systems: Array<[string, Ends, boolean]> = [
  ['tanzeem', oursEnds, true],
  ['wink-nlp', winkEnds, true],
  ['compromise', compromiseEnds, !args.includes('--skip-compromise')],
  ['compromise-tokenize', compromiseTokenizeEnds, true],
];
const only = args.includes('--only') ? new Set(args[args.indexOf('--only') + 1]?.split(',')) : null;
process.stdout.write(`# node ${process.version}, target ${targetMb} MB\n`);
for (const [name, split, timed] of systems) {
  if (only && !only.has(name)) continue;
  const row = {
    name,
    ...(timed ? throughput(split, targetMb) : {}),
    agreement: agreement(split),
    ...(name === 'tanzeem' ? {} : { agreementPerLine: agreement(perLine(split)) }),
  };
  process.stdout.write(JSON.stringify(row) + '\n'); // one line per system, as soon as it is done
}
