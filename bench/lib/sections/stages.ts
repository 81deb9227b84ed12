/**
 * Stage sections: each stage alone on in-memory input prepared by the stage before it (untimed),
 * so a figure is that stage's own cost: normalise (raw text → DocRecord), sentences (normalised
 * text → sentence records), mentions (normalised, split documents → mention records, with fuzzy,
 * learn and the fallback recogniser on; and again with the recogniser off), relations (mention records → aggregated pairs).
 */
import { createNormalise, type NormalisedDoc } from '../../../src/stages/normalise/index.ts';
import { createSentences, type SentenceOutput } from '../../../src/stages/sentences/index.ts';
import { createMentions } from '../../../src/stages/mentions/index.ts';
import { createRelations } from '../../../src/stages/relations/index.ts';
import { loadRecogniser, prepareGazetteer } from '../../../src/runner/task-context.ts';
import type { MentionRecord } from '../../../src/types/records.ts';
import type { BenchConfig } from '../config.ts';
import { loadDocs } from '../load-docs.ts';
import { bestOf, load1, throughput, type Throughput } from '../measure.ts';

export interface StagesResult {
  normalise: Throughput;
  sentences: Throughput & { sentences: number };
  mentions: Throughput & { mentions: number; byMethod: Record<string, number> };
  /** the same without the fallback recogniser (ner off): what the recogniser costs */
  mentionsNoNer: Throughput & { mentions: number };
  relations: Throughput & { relations: number };
}

export async function benchStages(cfg: BenchConfig): Promise<StagesResult> {
  const { docs, bytes } = loadDocs(cfg.corpusDir);
  const n = docs.length;

  const normalise = createNormalise();
  let l = load1();
  const norm = bestOf(cfg.reps, () => docs.map((d) => normalise(d)));
  const normalised: NormalisedDoc[] = norm.best;
  const normaliseT = throughput(norm.seconds, norm.runs, bytes, n, l);

  const sentences = createSentences();
  l = load1();
  const sent = bestOf(cfg.reps, () => normalised.map((nd, i) => sentences({ doc_id: nd.record.doc_id, original: docs[i]!.original, text: nd.record.text, map: nd.map, cruft: nd.cruftNorm })));
  const split: SentenceOutput[] = sent.best;
  const sentencesT = { ...throughput(sent.seconds, sent.runs, bytes, n, l), sentences: split.reduce((k, s) => k + s.records.length, 0) };

  const { compiled } = prepareGazetteer(cfg.gazetteer);
  const recognise = await loadRecogniser();
  const mentions = createMentions(compiled, { fuzzy: true, variants: true, learn: true, recognise });
  l = load1();
  const ment = bestOf(cfg.reps, () =>
    normalised.map((nd, i) => mentions({ doc_id: nd.record.doc_id, original: docs[i]!.original, text: nd.record.text, map: nd.map, sentences: split[i]!.spans, cruft: nd.cruftNorm })),
  );
  const found: MentionRecord[][] = ment.best;
  const byMethod: Record<string, number> = {};
  for (const ms of found) for (const m of ms) byMethod[m.method] = (byMethod[m.method] ?? 0) + 1;
  const mentionsT = { ...throughput(ment.seconds, ment.runs, bytes, n, l), mentions: found.reduce((k, m) => k + m.length, 0), byMethod };

  const plain = createMentions(compiled, { fuzzy: true, variants: true, learn: true });
  l = load1();
  const pm = bestOf(cfg.reps, () =>
    normalised.reduce((k, nd, i) => k + plain({ doc_id: nd.record.doc_id, original: docs[i]!.original, text: nd.record.text, map: nd.map, sentences: split[i]!.spans, cruft: nd.cruftNorm }).length, 0),
  );
  const mentionsNoNer = { ...throughput(pm.seconds, pm.runs, bytes, n, l), mentions: pm.best };

  const relate = createRelations({ window: 'sentence' });
  l = load1();
  const rel = bestOf(cfg.reps, () => {
    const agg = relate();
    for (let i = 0; i < n; i++) {
      const recs = split[i]!.records;
      agg.addDocument(docs[i]!.doc_id, found[i]!, (s) => recs[s]?.paragraph ?? 0);
    }
    return agg.result().length;
  });
  const relationsT = { ...throughput(rel.seconds, rel.runs, bytes, n, l), relations: rel.best };

  return { normalise: normaliseT, sentences: sentencesT, mentions: mentionsT, mentionsNoNer, relations: relationsT };
}
