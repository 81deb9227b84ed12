/**
 * The ablation ladder of tanzeem: each rung adds one feature to the one before.
 *
 * | rung | gazetteer | adds |
 * | --- | --- | --- |
 * | exact | curated only | exact aliases and acronyms |
 * | variants | curated only | folded match keys (transliteration, connectors, particles) |
 * | fuzzy | curated only | fuzzy token matching |
 * | learn | curated only | acronyms and short forms learned from the text |
 * | ner | curated only | fallback recogniser for entities outside the gazetteer |
 * | full | every gazetteer folder (curated + imported lists) | imported lists: the default run, `out/` |
 */

/** One rung: the runPipeline / createProcessor switches and which gazetteer it loads. */
export interface Rung {
  name: 'exact' | 'variants' | 'fuzzy' | 'learn' | 'ner' | 'full';
  gazetteer: 'curated' | 'all';
  variants: boolean;
  fuzzy: boolean;
  learn: boolean;
  ner: boolean;
}

/** The rungs, in order. */
export const LADDER: readonly Rung[] = [
  { name: 'exact', gazetteer: 'curated', variants: false, fuzzy: false, learn: false, ner: false },
  { name: 'variants', gazetteer: 'curated', variants: true, fuzzy: false, learn: false, ner: false },
  { name: 'fuzzy', gazetteer: 'curated', variants: true, fuzzy: true, learn: false, ner: false },
  { name: 'learn', gazetteer: 'curated', variants: true, fuzzy: true, learn: true, ner: false },
  { name: 'ner', gazetteer: 'curated', variants: true, fuzzy: true, learn: true, ner: true },
  { name: 'full', gazetteer: 'all', variants: true, fuzzy: true, learn: true, ner: true },
];

/**
 * Look up rungs by name.
 * @param names comma-separated rung names, or 'all'
 * @throws Error naming the unknown rung and the known ones
 */
export function selectRungs(names: string): Rung[] {
  if (names === 'all') return [...LADDER];
  return names.split(',').map((n) => {
    const r = LADDER.find((x) => x.name === n.trim());
    if (!r) throw new Error(`unknown rung "${n}"; known: ${LADDER.map((x) => x.name).join(', ')}, or all`);
    return r;
  });
}
