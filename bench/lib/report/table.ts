/** The human-readable report printed on stdout. */
import type { Throughput } from '../measure.ts';
import { ok, type BenchReport } from './types.ts';

const n0 = (x: number): string => Math.round(x).toLocaleString('en-US');
const f = (x: number, d = 2): string => (Number.isFinite(x) ? x.toFixed(d) : '-');
const pad = (s: string, w: number): string => (s.length >= w ? s : s + ' '.repeat(w - s.length));
const lpad = (s: string, w: number): string => (s.length >= w ? s : ' '.repeat(w - s.length) + s);
const la = (l: number[]): string => l.map((x) => x.toFixed(2)).join(' ');

function row(label: string, t: Throughput | null, extra = ''): string {
  if (!t) return `${pad(label, 34)} ${lpad('-', 8)} ${lpad('-', 9)}  (not measured)`;
  return `${pad(label, 34)} ${lpad(f(t.mbPerSec), 8)} ${lpad(f(t.docsPerSec, 0), 9)} ${lpad(f(t.seconds, 2), 8)}  ${pad(t.runs.map((x) => x.toFixed(1)).join('/'), 13)} ${lpad(f(t.load1), 5)}  ${extra}`;
}

function errorOf(o: unknown): string {
  return o && typeof o === 'object' && 'error' in o ? ` (failed: ${String((o as { error: string }).error)})` : '';
}

export function formatReport(r: BenchReport): string {
  const s = r.sections;
  const L: string[] = [];
  const gaz = ok(s.gazetteer);
  const st = ok(s.stages);
  const ce = ok(s.ceiling);
  const w1 = ok(s['e2e-w1']);
  const w2 = ok(s['e2e-w2']);
  const nc = ok(s['e2e-nocache']);
  const pe = ok(s.peers);
  L.push(`tanzeem bench — ${r.date}, commit ${r.code.commit.slice(0, 10)}${r.code.dirty ? ' (+ uncommitted changes in src/ or gazetteers/)' : ''}`);
  L.push(`machine: ${r.machine.cpus} × ${r.machine.cpuModel}, ${f(r.machine.memoryGb, 1)} GB, node ${r.machine.node}, ${r.machine.platform}`);
  L.push(`load average (1/5/15 min): ${la(r.load.start)} at start, ${la(r.load.end)} at end — the machine is shared, figures are noisy`);
  L.push(r.method);
  L.push(`corpus: ${f(r.corpus.bytes / 1e6, 1)} MB, ${n0(r.corpus.docs)} documents (generator v${r.corpus.generator}, seed ${r.corpus.seed}, ${r.corpus.reused ? 'reused' : 'generated'}) in ${r.corpus.dir}`);
  if (gaz) {
    L.push(`gazetteer: ${n0(gaz.entities)} entities, ${n0(gaz.names)} names (${n0(gaz.compiledNames)} in the trie, ${n0(gaz.acronyms)} acronyms, ${n0(gaz.weak)} weak) from ${gaz.paths.join(' + ')}`);
    L.push(`  load ${f(gaz.loadSec)} s + compile ${f(gaz.compileSec)} s = ${f(gaz.totalSec)} s (best of ${gaz.runs.map((x) => x.toFixed(1)).join('/')} s); RSS ${f(gaz.rssBeforeMb, 0)} → ${f(gaz.rssAfterCompileMb, 0)} MB after compile (heap ${f(gaz.heapAfterCompileMb, 0)} MB)`);
    L.push(`  a v8.serialize snapshot of the compiled form (${f(gaz.snapshot.bytes / 1e6, 1)} MB; not a tanzeem feature) deserialises in ${f(gaz.snapshot.deserialiseSec)} s`);
  } else L.push(`gazetteer: not measured${errorOf(s.gazetteer)}`);
  L.push('');
  L.push(`${pad('section', 34)} ${lpad('MB/s', 8)} ${lpad('docs/s', 9)} ${lpad('best s', 8)}  ${pad('runs s', 13)} ${lpad('load1', 5)}  notes`);
  L.push('-'.repeat(110));
  L.push(row('normalise alone', st?.normalise ?? null));
  L.push(row('sentences alone', st?.sentences ?? null, st ? `${n0(st.sentences.sentences)} sentences` : errorOf(s.stages)));
  L.push(row('mentions alone (fuzzy, learn, ner)', st?.mentions ?? null, st ? `${n0(st.mentions.mentions)} mentions` : ''));
  L.push(row('mentions alone, recogniser off', st?.mentionsNoNer ?? null, st ? `${n0(st.mentionsNoNer.mentions)} mentions` : ''));
  L.push(row('relations aggregation alone', st?.relations ?? null, st ? `${n0(st.relations.relations)} relations` : ''));
  const e2eNote = (e: typeof w1): string => (e ? `start-up ${f(e.startupSec, 1)} s, steady ${f(e.steadyMbPerSec)} MB/s, peak RSS ${f(e.maxRssMb, 0)} MB${e.effectiveWorkers !== e.variant.workers ? `, ran on ${e.effectiveWorkers} worker` : ''}` : '');
  L.push(row('end to end, workers 1', w1, w1 ? e2eNote(w1) : errorOf(s['e2e-w1'])));
  L.push(row('end to end, workers 2', w2, w2 ? `${e2eNote(w2)} (whole process, all threads)` : errorOf(s['e2e-w2'])));
  L.push(row('end to end, workers 1, cache off', nc, nc ? e2eNote(nc) : errorOf(s['e2e-nocache'])));
  L.push(row('ceiling (read+NFKC+split+JSONL)', ce, ce ? `${n0(ce.sentences)} sentences` : errorOf(s.ceiling)));
  if (pe) {
    L.push(`peers on a ${f(pe.slice.bytes / 1e6, 2)} MB slice (${n0(pe.slice.docs)} documents), in memory; ratio = peer MB/s ÷ tanzeem MB/s`);
    L.push(row('  tanzeem (every stage, in memory)', pe.tanzeem, `${n0(pe.tanzeem.found)} mentions`));
    L.push(row('  wink-nlp custom entities', pe.wink, `ratio ${f(pe.wink.ratio)}×; ${pe.wink.scope} alias set (${n0(pe.wink.patterns)} names, learned in ${f(pe.wink.learnSec, 1)} s); ${n0(pe.wink.found)} spans${pe.wink.note ? '; ' + pe.wink.note : ''}`));
    L.push(row('  compromise people/places/orgs', pe.compromise, `ratio ${f(pe.compromise.ratio, 3)}×; ${n0(pe.compromise.found)} spans`));
  } else L.push(`peers: not measured${errorOf(s.peers)}`);
  L.push('');
  if (w1) {
    L.push(`speed-up workers 2 / workers 1: ${r.speedup2 !== null ? f(r.speedup2) + '×' : '-'}; end to end / ceiling: ${r.e2eVsCeiling !== null ? f(100 * r.e2eVsCeiling, 1) + '%' : '-'}; cache off / cache on: ${nc ? f(nc.mbPerSec / w1.mbPerSec) + '×' : '-'}`);
    const curve = (e: NonNullable<typeof w1>, label: string): string => `${label}: ${e.memory.map((m) => `${f(m.fraction * 100, 0)}% ${f(m.rssMb, 0)} MB (heap ${f(m.heapMb, 0)})`).join(', ')}; after the run ${f(e.rssEndMb, 0)} MB; peak ${f(e.maxRssMb, 0)} MB`;
    L.push('memory (RSS after 10% / 50% / 100% of the documents):');
    L.push('  ' + curve(w1, 'workers 1'));
    if (w2) L.push('  ' + curve(w2, 'workers 2 (main thread counts documents; RSS and peak cover the whole process, workers included)'));
    L.push(`  output written per run: ${f(w1.outBytes / 1e6, 1)} MB (documents, sentences, mentions, relations, cache); ${n0(w1.summary.mentions)} mentions, ${n0(w1.summary.relations)} relations`);
  }
  L.push('');
  L.push('goals:');
  for (const g of r.goals) L.push(`  ${g.ok === null ? '?' : g.ok ? '✓' : '✗'} ${pad(g.name, 26)} ${pad(g.target, 44)} ${g.value}`);
  const p = ok(r.profile);
  if (p) {
    L.push('');
    L.push(`profile of the end-to-end run (workers 1, ${f(p.corpusMb, 1)} MB, ${n0(p.docs)} documents, ${f(p.seconds, 1)} s under --cpu-prof; ${p.file}):`);
    L.push('  self time by area:');
    for (const a of p.summary.byArea.slice(0, 14)) L.push(`    ${lpad(f(a.selfPct, 1), 5)}%  ${a.area}`);
    L.push('  top functions by self time:');
    for (const x of p.summary.topSelf.slice(0, 20)) L.push(`    ${lpad(f(x.selfPct, 1), 5)}% self ${lpad(f(x.totalPct, 1), 5)}% total  ${x.fn}  ${x.file}${x.file ? ':' + x.line : ''}`);
    L.push('  project functions by inclusive time:');
    for (const x of p.summary.topInclusive.slice(0, 20)) L.push(`    ${lpad(f(x.totalPct, 1), 5)}% total ${lpad(f(x.selfPct, 1), 5)}% self  ${x.fn}  ${x.file}:${x.line}`);
  } else if (r.profile) L.push(`profile: failed${errorOf(r.profile)}`);
  return L.join('\n') + '\n';
}
