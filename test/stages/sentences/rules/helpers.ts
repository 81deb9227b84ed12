import { compileSplitOptions } from '../../../../src/stages/sentences/options.ts';
import { findNextCandidate } from '../../../../src/stages/sentences/rules/index.ts';
import type { BoundaryRule, Verdict } from '../../../../src/stages/sentences/types.ts';

const config = compileSplitOptions({});

/**
 * The verdict `rule` gives on the first candidate at or after the '|' marker (the marker is
 * removed; without one, the first candidate of the text). The sentence starts at 0.
 */
export function verdictAt(rule: BoundaryRule, marked: string): Verdict {
  const from = Math.max(0, marked.indexOf('|'));
  const text = marked.replace('|', '');
  const candidate = findNextCandidate(text, from, text.length);
  if (candidate === undefined) throw new Error(`no candidate in ${JSON.stringify(text)}`);
  return rule.decide(candidate, { text, blockStart: 0, blockEnd: text.length, sentenceStart: 0, config });
}
