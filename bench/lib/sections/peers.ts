/**
 * Peers on a slice of the corpus (the first documents up to cfg.peersMb), all in memory, against
 * tanzeem's document processor (every stage, every option on) on the same slice:
 *  - wink-nlp (wink-eng-lite-web-model) with the gazetteer's names as custom entities
 *    (learnCustomEntities; one entity per gazetteer entity, names lower-cased, matched on the
 *    token's normal form; weak aliases left out, and names with wink pattern syntax [ ] | ^).
 *    Pipe: sentence boundaries + custom entities only (what a gazetteer matcher needs). If learning
 *    the full set fails, the curated names alone are used and `scope` says so.
 *  - compromise: nlp(text).people() / .places() / .organizations() (its rule-based NER).
 * Ratios are peer MB/s over tanzeem MB/s on the same slice (> 1: the peer is faster).
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import nlp from 'compromise';
import { loadGazetteer } from '../../../src/gazetteer/load.ts';
import { compileGazetteer } from '../../../src/gazetteer/compile.ts';
import { loadCommonWords } from '../../../src/gazetteer/common-words.ts';
import { sourceOf } from '../../../src/gazetteer/merge-entries.ts';
import type { Entity } from '../../../src/gazetteer/types.ts';
import { loadRecogniser } from '../../../src/runner/task-context.ts';
import { createProcessor } from '../../../src/runner/process-document.ts';
import type { BenchConfig } from '../config.ts';
import { loadDocs } from '../load-docs.ts';
import { MB, bestOf, load1, throughput, type Throughput } from '../measure.ts';

export interface PeerFigure extends Throughput {
  /** peer MB/s ÷ tanzeem MB/s on the slice */
  ratio: number;
  found: number;
}

export interface PeersResult {
  slice: { bytes: number; docs: number };
  tanzeem: Throughput & { found: number };
  wink: PeerFigure & { scope: 'full' | 'curated'; patterns: number; learnSec: number; note?: string };
  compromise: PeerFigure;
}

const PATTERN_SYNTAX_RE = /[[\]|^]/;

function winkExamples(entities: readonly Entity[], curatedOnly: boolean): { examples: Array<{ name: string; patterns: string[] }>; patterns: number } {
  const seen = new Set<string>();
  const groups = new Map<number, string[]>();
  entities.forEach((e, i) => {
    for (const n of e.names) {
      if (n.kind === 'weak' || PATTERN_SYNTAX_RE.test(n.text)) continue;
      if (curatedOnly && sourceOf(n.from) !== 'curated') continue;
      const p = n.text.trim().toLowerCase();
      if (p === '' || seen.has(p)) continue;
      seen.add(p);
      const g = groups.get(i);
      if (g) g.push(p);
      else groups.set(i, [p]);
    }
  });
  // entity names must not be numerals: wink's pattern compiler fails on them
  return { examples: [...groups].map(([i, patterns]) => ({ name: `e${i}`, patterns })), patterns: seen.size };
}

export async function benchPeers(cfg: BenchConfig): Promise<PeersResult> {
  const { docs, bytes } = loadDocs(cfg.corpusDir, cfg.peersMb * MB);
  const n = docs.length;
  const { gazetteer } = loadGazetteer(cfg.gazetteer);

  // wink learns first: once the recogniser (which loads compromise and its own wink instance) is
  // in the process, learnCustomEntities fails on the full set ("reading ' otherwise'")
  const wnlp = winkNLP(model, ['sbd', 'cer']);
  const its = wnlp.its;
  let scope: 'full' | 'curated' = 'full';
  let note: string | undefined;
  let ex = winkExamples(gazetteer.entities, false);
  const t0 = performance.now();
  try {
    wnlp.learnCustomEntities(ex.examples, { matchValue: false, usePOS: false, useEntity: false });
  } catch (err) {
    scope = 'curated';
    note = `full alias set failed to learn (${(err as Error).message}); curated names only`;
    ex = winkExamples(gazetteer.entities, true);
    wnlp.learnCustomEntities(ex.examples, { matchValue: false, usePOS: false, useEntity: false });
  }
  const learnSec = (performance.now() - t0) / 1000;

  const compiled = compileGazetteer(gazetteer, { commonWords: loadCommonWords() });
  const processor = createProcessor(compiled, { fuzzy: true, variants: true, learn: true, recognise: await loadRecogniser() });
  let l = load1();
  const t = bestOf(cfg.reps, () => docs.reduce((k, d) => k + processor.fromRaw(d).mentions.length, 0));
  const tanzeem = { ...throughput(t.seconds, t.runs, bytes, n, l), found: t.best };

  l = load1();
  const w = bestOf(cfg.reps, () => docs.reduce((k, d) => k + (wnlp.readDoc(d.original).customEntities().out(its.span) as unknown[]).length, 0));
  const winkT = throughput(w.seconds, w.runs, bytes, n, l);

  l = load1();
  const c = bestOf(cfg.reps, () =>
    docs.reduce((k, d) => {
      const doc = nlp(d.original);
      return k + doc.people().out('array').length + doc.places().out('array').length + doc.organizations().out('array').length;
    }, 0),
  );
  const compromiseT = throughput(c.seconds, c.runs, bytes, n, l);

  return {
    slice: { bytes, docs: n },
    tanzeem,
    wink: { ...winkT, ratio: winkT.mbPerSec / tanzeem.mbPerSec, found: w.best, scope, patterns: ex.patterns, learnSec, ...(note ? { note } : {}) },
    compromise: { ...compromiseT, ratio: compromiseT.mbPerSec / tanzeem.mbPerSec, found: c.best },
  };
}
