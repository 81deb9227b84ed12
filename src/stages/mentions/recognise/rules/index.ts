/**
 * The chunk rules, in order. When two proposals for the same span tie on score, the earlier rule wins.
 */
import type { Rule } from './rule.ts';
import { groupShape } from './01-group-shape.ts';
import { honorific } from './02-honorific.ts';
import { nameParticle } from './03-name-particle.ts';
import { title } from './04-title.ts';
import { personContext } from './05-person-context.ts';
import { placeSuffix } from './06-place-suffix.ts';
import { placeContext } from './07-place-context.ts';
import { lexicon } from './08-lexicon.ts';
import { orgHead } from './09-org-head.ts';
import { orgContext } from './10-org-context.ts';
import { properSequence } from './11-proper-sequence.ts';
import { placeShape } from './12-place-shape.ts';
import { dateline } from './13-dateline.ts';
import { byline } from './14-byline.ts';

/** Chunk rules in priority order. */
export const RULES: readonly Rule[] = [
  groupShape, honorific, nameParticle, title, personContext, placeSuffix, placeContext, lexicon, orgHead, orgContext,
  properSequence, placeShape, dateline, byline,
];
