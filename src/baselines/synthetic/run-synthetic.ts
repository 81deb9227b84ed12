/**
 * Run ladder rungs over the synthetic documents and score each.
 */
import { buildGazetteer } from '../../gazetteer/load.ts';
import type { RawEntry } from '../../gazetteer/read-files.ts';
import type { Recognise } from '../../stages/mentions/index.ts';
import type { Diagnostic } from '../../types/diagnostic.ts';
import type { MentionRecord } from '../../types/records.ts';
import type { Rung } from '../ladder.ts';
import { createRungProcessor } from '../rung-processor.ts';
import { buildDocuments, type SyntheticDoc } from './build-documents.ts';
import { generateVariants, pickControls, type Variant } from './generate-variants.ts';
import { nameSources, rejectAmbiguous } from './name-sources.ts';
import { scoreSynthetic, type SyntheticScore } from './score-synthetic.ts';

/** What `runSynthetic` needs. */
export interface SyntheticInput {
  curated: RawEntry[];
  other: RawEntry[];
  readDiagnostics: Diagnostic[];
  rungs: readonly Rung[];
  seed: number;
  count: number;
  controls: number;
  recognise?: Recognise;
}

/** Documents, and the score of each rung. */
export interface SyntheticResult {
  sources: number;
  variants: Variant[];
  docs: SyntheticDoc[];
  systems: Array<{ rung: string; score: SyntheticScore }>;
}

/**
 * @param input gazetteer records, rungs, seed, number of variants and controls
 * @returns the set and the scores; the same input gives the same result
 */
export function runSynthetic(input: SyntheticInput): SyntheticResult {
  const curatedGaz = buildGazetteer(input.curated, input.readDiagnostics).gazetteer;
  const allGaz = buildGazetteer([...input.curated, ...input.other], input.readDiagnostics).gazetteer;
  const sources = nameSources(curatedGaz);
  const reject = rejectAmbiguous(allGaz);
  const variants = [...generateVariants(sources, { seed: input.seed, count: input.count, reject }), ...pickControls(sources, input.seed, input.controls, reject)];
  const docs = buildDocuments(variants, input.seed);
  const systems = input.rungs.map((rung) => {
    const { processor, gazetteer } = createRungProcessor(rung, rung.gazetteer === 'curated' ? input.curated : [...input.curated, ...input.other], input.readDiagnostics, input.recognise);
    const mentions = new Map<string, MentionRecord[]>();
    for (const d of docs) mentions.set(d.doc_id, processor.fromRaw({ doc_id: d.doc_id, original: d.text, sha256: '' }).mentions);
    return { rung: rung.name, score: scoreSynthetic(docs, mentions, (id) => gazetteer.idOf.get(id) ?? id) };
  });
  return { sources: sources.length, variants, docs, systems };
}
