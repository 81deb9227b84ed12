/**
 * The fuzz case: a random gazetteer, 1–3 documents that mention its names among hostile text,
 * and random matcher options and relation window.
 */
import fc from 'fast-check';
import type { FuzzCase } from './check-pipeline.ts';
import { gazetteerArb } from './gazetteer-arb.ts';
import { documentArb, gazetteerNames } from './text-arb.ts';

const DOC_IDS = ['a', 'b', 'sub dir/c', 'é', 'Z', '2024/01/x', 'ق'];

/**
 * @param ner whether cases may run the fallback recogniser (needs `setRecogniser`)
 */
export function caseArb(ner: boolean): fc.Arbitrary<FuzzCase> {
  return gazetteerArb.chain((entries) =>
    fc.record({
      entries: fc.constant(entries),
      docs: fc.tuple(fc.uniqueArray(fc.constantFrom(...DOC_IDS), { minLength: 1, maxLength: 3 }), fc.array(documentArb(gazetteerNames(entries)), { minLength: 3, maxLength: 3 })).map(([ids, texts]) => ids.map((doc_id, i) => ({ doc_id, original: texts[i]! }))),
      window: fc.constantFrom('sentence', 'sentence', 'paragraph', 'document'),
      fuzzy: fc.boolean(),
      variants: fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
      learn: fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
      noise: fc.nat(),
      ner: ner ? fc.oneof({ weight: 1, arbitrary: fc.constant(true) }, { weight: 2, arbitrary: fc.constant(false) }) : fc.constant(false),
    }),
  );
}
