/**
 * Build tanzeem's document processor for one ladder rung from gazetteer records held in memory,
 * exactly as the runner does from files: validate + lint + merge (`buildGazetteer`), compile with
 * the common-word list, the same mention switches.
 */
import { buildGazetteer } from '../gazetteer/load.ts';
import { compileGazetteer } from '../gazetteer/compile.ts';
import { loadCommonWords } from '../gazetteer/common-words.ts';
import type { RawEntry } from '../gazetteer/read-files.ts';
import type { Gazetteer } from '../gazetteer/types.ts';
import { createProcessor } from '../runner/process-document.ts';
import type { Recognise } from '../stages/mentions/index.ts';
import type { Diagnostic } from '../types/diagnostic.ts';
import type { Rung } from './ladder.ts';

let commonWords: Set<string> | undefined;

/** The fallback recogniser, loaded the way the runner loads it. */
export async function loadRecogniser(): Promise<Recognise> {
  const mod = (await import('../stages/mentions/recognise/index.ts')) as { createRecogniser: (o?: object) => Recognise };
  return mod.createRecogniser();
}

/**
 * @param rung which switches to turn on
 * @param records gazetteer records (already chosen for the rung: curated only, or all)
 * @param readDiagnostics diagnostics from reading the files (fatal ones stop the build)
 * @param recognise the recogniser, required when `rung.ner`
 * @returns the processor and the loaded gazetteer (for looking up ids)
 * @throws TanzeemError when the records do not validate
 */
export function createRungProcessor(rung: Rung, records: RawEntry[], readDiagnostics: Diagnostic[] = [], recognise?: Recognise): { processor: ReturnType<typeof createProcessor>; gazetteer: Gazetteer } {
  if (rung.ner && !recognise) throw new Error(`rung ${rung.name} needs the recogniser (loadRecogniser())`);
  const { gazetteer } = buildGazetteer(records, readDiagnostics);
  commonWords ??= loadCommonWords();
  const compiled = compileGazetteer(gazetteer, { commonWords });
  const processor = createProcessor(compiled, { fuzzy: rung.fuzzy, variants: rung.variants, learn: rung.learn, ...(rung.ner && recognise ? { recognise } : {}) });
  return { processor, gazetteer };
}
