import type { BoundaryRule } from '../types.ts';
import { attachedTerminal } from './03-attached-terminal.ts';
import { emptyOrMarker } from './04-empty-or-marker.ts';
import { abbreviation } from './05-abbreviation.ts';
import { initial } from './06-initial.ts';
import { nextToken } from './07-next-token.ts';

export { splitBlocks } from './01-split-blocks.ts';
export { findNextCandidate } from './02-find-terminals.ts';

/**
 * The boundary rules in the order they are asked. Rules 1 and 2 (blocks and candidates) run before
 * these; for each candidate the first rule that says 'split' or 'merge' decides.
 */
export const BOUNDARY_RULES: readonly BoundaryRule[] = [
  attachedTerminal, // 3: "targets.The" vs "U.S.The", "3.5", URLs
  emptyOrMarker, //    4: "1. Introduction", a bare "..."
  abbreviation, //     5: Mr., U.S. He, No. 5
  initial, //          6: L. Paul Bremer
  nextToken, //        7: lower-case continues, capital/digit/quote starts
];
