/**
 * Embed each variant in a template news sentence, with a distractor sentence of capitalised
 * words that name nothing the annotation labels (weekdays, institutions, headline words), so
 * spurious matches show up.
 */
import { createPrng } from './prng.ts';
import type { Variant } from './generate-variants.ts';

/** Sentence templates per type; X is replaced by the variant. */
export const TEMPLATES: Readonly<Record<string, readonly string[]>> = {
  ORG: [
    'Officials said X claimed the attack in the north.',
    'Police blamed X for the bombing near the market on Friday.',
    'A spokesman for X denied any role in the killings.',
    'X has been banned by the government since last year.',
  ],
  PERSON: [
    'Police said X was arrested on Tuesday after a long search.',
    'Officials said X had planned the attack for months.',
    'X was killed in a raid late on Sunday, officials said.',
    'The court sentenced X to ten years in prison.',
  ],
  LOC: [
    'Several people were killed in X on Monday, officials said.',
    'Troops were sent to X after the clashes.',
    'The convoy was ambushed on the road to X early on Thursday.',
    'X has seen a wave of kidnappings this year.',
  ],
  OTHER: ['Officials said X was mentioned in the report.'],
};

/** Distractor sentences: capitalised words that are not entities the annotation labels. */
export const DISTRACTORS: readonly string[] = [
  'The Finance Committee met on Wednesday to discuss the Budget.',
  'Heavy Rain Lashes Northern Districts As Farmers Count Losses.',
  'The Chief Justice asked the Interior Ministry for a Report by Monday.',
  'Cricket Board Announces New Captain Ahead Of World Cup.',
  'The Senate Standing Committee on Railways adjourned until Friday.',
  'Prices Rise Again In Wholesale Market As Harvest Fails.',
  'The Provincial Assembly passed the Education Bill on Thursday.',
  'Police Chief Orders Inquiry Into Hospital Fire.',
  'The National Highway Authority closed the Motorway for Repairs.',
  'Doctors At The General Hospital Went On Strike In March.',
  'The Election Commission extended the Deadline to Saturday.',
  'Stock Exchange Closes Higher After Central Bank Cuts Rates.',
];

/** One synthetic document. */
export interface SyntheticDoc {
  doc_id: string;
  text: string;
  /** Where the variant is in `text`. */
  start: number;
  end: number;
  variant: Variant;
}

/**
 * @param variants generated variants (and controls)
 * @param seed PRNG seed for the choice of template, distractor and order
 * @returns one document per variant, ids `synthetic/00000`…; two sentences, a blank line between
 */
export function buildDocuments(variants: readonly Variant[], seed: number): SyntheticDoc[] {
  const rng = createPrng(seed ^ 0xd0c5);
  return variants.map((v, i) => {
    const template = rng.pick(TEMPLATES[v.type] ?? TEMPLATES.OTHER!);
    const distractor = rng.pick(DISTRACTORS);
    const first = rng.int(2) === 0;
    const x = template.indexOf('X');
    const sentence = template.slice(0, x) + v.variant + template.slice(x + 1);
    const text = first ? `${sentence}\n\n${distractor}\n` : `${distractor}\n\n${sentence}\n`;
    const start = (first ? 0 : distractor.length + 2) + x;
    return { doc_id: `synthetic/${String(i).padStart(5, '0')}`, text, start, end: start + v.variant.length, variant: v };
  });
}
