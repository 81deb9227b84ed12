/**
 * The two off-the-shelf baselines as `SpanBaseline`s: compromise NER and wink-nlp exact
 * gazetteer matching.
 */
import type { Entity } from '../gazetteer/types.ts';
import { compromiseSpans } from './compromise-spans.ts';
import type { SpanBaseline } from './run-span-baseline.ts';
import { createWinkExact, type WinkExactStats } from './wink-exact-spans.ts';

/** Id of an entity compromise found: type and lower-cased surface, spaces collapsed. */
export function compromiseEntityId(type: string, surface: string): string {
  return `compromise/${type.toLowerCase()}/${surface.toLowerCase().replace(/\s+/g, ' ')}`;
}

/** compromise NER (ORG, PERSON, LOC), entity id from the lower-cased surface. */
export function compromiseBaseline(): SpanBaseline {
  return {
    name: 'compromise',
    method: 'ner',
    find: (doc) => compromiseSpans(doc.text),
    idFor: (type, surface) => ({ entityId: compromiseEntityId(type, surface), canonical: surface }),
  };
}

/**
 * wink-nlp custom entities from gazetteer names, exact match only.
 * @param entities the merged gazetteer entities to learn
 */
export function winkExactBaseline(entities: readonly Entity[]): { system: SpanBaseline; stats: WinkExactStats } {
  const { find, stats } = createWinkExact(entities);
  return {
    system: {
      name: 'wink-exact',
      method: 'exact',
      find: (doc) => find(doc.text),
      idFor: (type, surface) => ({ entityId: `wink/${type.toLowerCase()}/${surface.toLowerCase()}`, canonical: surface }),
    },
    stats,
  };
}
