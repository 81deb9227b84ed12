/**
 * Find lines of web cruft (comment forms, "Related Articles", share buttons, spam) in normalised
 * text. Patterns are data (cruft-patterns.yml), compiled once by `compileCruftPatterns`.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import * as v from 'valibot';

const PatternFile = v.array(v.object({ id: v.string(), pattern: v.string() }));

export interface CruftPattern {
  id: string;
  re: RegExp;
}

/** Load and compile the bundled cruft patterns (or the file given). */
export function loadCruftPatterns(path = new URL('./cruft-patterns.yml', import.meta.url)): CruftPattern[] {
  const raw = v.parse(PatternFile, parse(readFileSync(path, 'utf8')));
  return raw.map((p) => ({ id: p.id, re: new RegExp(p.pattern, 'iu') }));
}

/**
 * Spans (in normalised coordinates) of whole lines that are cruft.
 * @param text normalised text ('\n' line ends)
 * @param patterns compiled patterns
 */
export function findCruftLines(text: string, patterns: CruftPattern[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const line = text.slice(pos, nl);
    const trimmed = line.trim();
    if (trimmed !== '' && patterns.some((p) => p.re.test(trimmed))) {
      const lead = line.length - line.trimStart().length;
      out.push([pos + lead, pos + lead + trimmed.length]);
    }
    pos = nl + 1;
  }
  return out;
}
