/**
 * Baseline 2: wink-nlp custom entities (`learnCustomEntities`) built from gazetteer names, exact
 * match only: no folding, no fuzzy, no context, no learning from the text.
 *
 * Names are matched case-insensitively on wink's token `normal`; acronyms (listed, or
 * acronym-shaped names: see `isAcronymShaped`) case-sensitively on the token value, in a second
 * wink instance. Weak aliases (matched by tanzeem only with context) are left out. A name claimed
 * by several entities goes to a curated entity first, then to the smallest id. Where spans of the
 * two instances overlap, the longer wins (then the earlier).
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { isAcronymShaped } from '../gazetteer/compile.ts';
import { sourceOf } from '../gazetteer/merge-entries.ts';
import type { Entity } from '../gazetteer/types.ts';
import type { Proposed } from './to-mention-records.ts';

/** Characters that are syntax in wink patterns ([a|b] alternatives, ^ escape). */
const PATTERN_SYNTAX_RE = /[[\]|^]/;

/** A configured wink instance with its learned names. */
interface Matcher {
  read: (text: string) => Array<{ span: [number, number]; type: string }>;
  tokens: (text: string) => string[];
}

/** Statistics of the compiled baseline. */
export interface WinkExactStats {
  entities: number;
  names: number;
  acronyms: number;
  /** Names claimed by more than one entity (given to one). */
  shared: number;
  /** Names left out because they contain wink pattern syntax. */
  skipped: number;
}

function createMatcher(byPattern: Map<string, number>, caseSensitive: boolean): Matcher {
  const nlp = winkNLP(model, ['cer']);
  const its = nlp.its;
  const groups = new Map<number, string[]>();
  for (const [p, e] of byPattern) {
    const g = groups.get(e);
    if (g) g.push(p);
    else groups.set(e, [p]);
  }
  // wink drops a match whose entity name is falsy ("0"), so names carry a prefix
  const examples = [...groups].map(([e, patterns]) => ({ name: `e${e}`, patterns }));
  if (examples.length > 0) nlp.learnCustomEntities(examples, { matchValue: caseSensitive, usePOS: false, useEntity: false });
  return {
    read(text) {
      if (examples.length === 0) return [];
      const doc = nlp.readDoc(text);
      const spans = doc.customEntities().out(its.span) as unknown as Array<[number, number]>;
      const details = doc.customEntities().out(its.detail) as unknown as Array<{ type: string }>;
      return spans.map((span, i) => ({ span, type: details[i]!.type }));
    },
    tokens(text) {
      return nlp.readDoc(text).tokens().out() as string[];
    },
  };
}

/** Character offsets of wink's tokens in `text` (found left to right); -1 where not found. */
function tokenOffsets(text: string, tokens: readonly string[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let cursor = 0;
  for (const t of tokens) {
    const at = text.indexOf(t, cursor);
    if (at < 0 || /\S/.test(text.slice(cursor, at))) {
      out.push([-1, -1]);
      continue;
    }
    out.push([at, at + t.length]);
    cursor = at + t.length;
  }
  return out;
}

/**
 * Compile the gazetteer names into two wink custom-entity matchers.
 * @param entities merged gazetteer entities (`loadGazetteer(paths).gazetteer.entities`)
 * @returns a function from a (normalised) text to spans with entity id and canonical, and stats
 */
export function createWinkExact(entities: readonly Entity[]): { find: (text: string) => Proposed[]; stats: WinkExactStats } {
  const order = entities.map((e, i) => ({ e, i })).sort((a, b) => Number(sourceOf(b.e.id) === 'curated') - Number(sourceOf(a.e.id) === 'curated') || (a.e.id < b.e.id ? -1 : 1));
  const folded = new Map<string, number>();
  const exact = new Map<string, number>();
  const stats: WinkExactStats = { entities: entities.length, names: 0, acronyms: 0, shared: 0, skipped: 0 };
  for (const { e, i } of order) {
    for (const n of e.names) {
      if (n.kind === 'weak') continue;
      if (PATTERN_SYNTAX_RE.test(n.text)) {
        stats.skipped++;
        continue;
      }
      const acronym = n.kind === 'acronym' || isAcronymShaped(n.text);
      const table = acronym ? exact : folded;
      const key = acronym ? n.text.trim() : n.text.trim().toLowerCase();
      const prev = table.get(key);
      if (prev === undefined) {
        table.set(key, i);
        if (acronym) stats.acronyms++;
        else stats.names++;
      } else if (prev !== i) stats.shared++;
    }
  }
  const matchers = [createMatcher(folded, false), createMatcher(exact, true)];
  const find = (text: string): Proposed[] => {
    const offsets = tokenOffsets(text, matchers[0]!.tokens(text));
    const out: Proposed[] = [];
    for (const m of matchers) {
      for (const { span, type } of m.read(text)) {
        const a = offsets[span[0]];
        const b = offsets[span[1]];
        if (!a || !b || a[0] < 0 || b[0] < 0) continue;
        const ent = entities[Number(type.slice(1))]!;
        out.push({ start: a[0], end: b[1], type: ent.type, entityId: ent.id, canonical: ent.canonical });
      }
    }
    return out;
  };
  return { find, stats };
}
