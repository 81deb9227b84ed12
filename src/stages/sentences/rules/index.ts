import type { BoundaryRule } from '../types.ts';
import { attachedTerminal } from './03-attached-terminal.ts';
import { listMarker } from './04-list-marker.ts';
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
  listMarker, //       4: "1. Introduction"
  abbreviation, //     5: Mr., U.S. He, No. 5
  initial, //          6: L. Paul Bremer
  nextToken, //        7: lower-case continues, capital/digit/quote starts
];
