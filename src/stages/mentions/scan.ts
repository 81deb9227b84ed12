/**
 * Scan a document's tokens against the compiled gazetteer trie.
 *
 * From every token that can start a name, walk the trie one token at a time. A token steps along
 * (a) its folded key, (b) its case-sensitive acronym key, (c) with fuzzy matching on, a vocabulary
 * token within the edit budget (capitalised text tokens of 5+ letters only). Transparent
 * connectors (e, i, ul, al, ...) inside a name are stepped over. Every node with payloads reached
 * is a candidate. A leading "al"/"el" particle joined to the name is taken into its span.
 */
import { ACRONYM_EDGE, type CompiledGazetteer, type Payload, type TrieNode } from '../../gazetteer/compile.ts';
import { joinable, type DocToken } from './doc-tokens.ts';
import type { FuzzyAlt } from './fuzzy.ts';

export interface Candidate {
  /** Normalised span. */
  start: number;
  end: number;
  firstToken: number;
  lastToken: number;
  payloads: Payload[];
  cost: number;
  fuzzy: boolean;
  sentence: number;
}

export interface ScanOptions {
  fuzzy: boolean;
  /** Allow folded-key (variant) matches; off = exact aliases only (a baseline). */
  variants: boolean;
  maxStates?: number;
}

interface State {
  node: TrieNode;
  j: number;
  cost: number;
  fuzzy: boolean;
  sawUpper: boolean;
}

const LEADING = new Set(['al', 'el']);

/** Lower-case words that may stand inside a capitalised name ("Islamic State in Iraq and Syria", "Osama bin Laden"). */
const NAME_FUNCTION_WORDS: ReadonlySet<string> = new Set(['of', 'in', 'and', 'the', 'for', 'on', 'at', 'to', 'de', 'da', 'du', 'bin', 'ibn', 'bint', 'abu', 'wa', 'wal']);

/** Lower-case particles that may lead a name ("bin Laden", "abu Bakr"). */
const NAME_PARTICLES: ReadonlySet<string> = new Set(['bin', 'ibn', 'bint', 'abu', 'al', 'el']);

/** Folded honorifics that belong to a South Asian or Arabic name (ANNOTATION.md). */
export const HONORIFIC_KEYS: ReadonlySet<string> = new Set(['mula', 'mulah', 'maulana', 'molana', 'mavlana', 'kari', 'hafiz', 'haji', 'hajji', 'sheik', 'shaik', 'shaikh', 'sheikh', 'mufti', 'maulvi', 'molvi', 'mavlvi', 'pir', 'syed', 'sayed', 'sayid']);

/**
 * @param tokens document tokens
 * @param text normalised text (for gaps between tokens)
 * @param gaz compiled gazetteer
 * @param fuzzyAlts cached fuzzy lookup
 */
export function scanTokens(tokens: DocToken[], text: string, gaz: CompiledGazetteer, fuzzyAlts: (key: string) => FuzzyAlt[], opts: ScanOptions): Candidate[] {
  let out: Candidate[] = [];
  const maxStates = opts.maxStates ?? 8;
  for (let i = 0; i < tokens.length; i++) {
    const t0 = tokens[i]!;
    if (t0.cruft || t0.sentence < 0 || t0.key === '') continue;
    // a connector never starts a name, but an acronym that folds like one may ("US"); nor does a
    // lower-case word, unless it is a leading particle ("bin Laden") or an acronym (AQ's "al")
    if ((t0.transparent || (!t0.upper && !NAME_PARTICLES.has(t0.surface))) && !gaz.root.children.has(ACRONYM_EDGE + t0.acr)) continue;
    // cheap test before any allocation: can this token start a name at all?
    if (!gaz.root.children.has(t0.key) && !gaz.root.children.has(ACRONYM_EDGE + t0.acr) && !(opts.fuzzy && t0.upper && t0.key.length >= 5 && fuzzyAlts(t0.key).length > 0)) continue;
    let states: State[] = [{ node: gaz.root, j: i, cost: 0, fuzzy: false, sawUpper: false }];
    while (states.length > 0) {
      const next: State[] = [];
      for (const st of states) {
        const tok = tokens[st.j]!;
        const steps: Array<{ node: TrieNode; cost: number; fuzzy: boolean }> = [];
        const acr = st.node.children.get(ACRONYM_EDGE + tok.acr);
        if (acr) steps.push({ node: acr, cost: 0, fuzzy: false });
        const exact = st.node.children.get(tok.key);
        if (exact) steps.push({ node: exact, cost: 0, fuzzy: false });
        if (!exact && opts.fuzzy && tok.upper && tok.key.length >= 5) {
          for (const alt of fuzzyAlts(tok.key)) {
            const n = st.node.children.get(alt.key);
            if (n) steps.push({ node: n, cost: alt.cost, fuzzy: true });
          }
        }
        for (const step of steps) {
          const sawUpper = st.sawUpper || tok.upper;
          if (step.node.payloads && (sawUpper || step.node === acr)) {
            out.push({
              start: t0.start,
              end: tok.end,
              firstToken: i,
              lastToken: st.j,
              payloads: step.node.payloads,
              cost: st.cost + step.cost,
              fuzzy: st.fuzzy || step.fuzzy,
              sentence: t0.sentence,
            });
          }
          if (step.node.children.size === 0) continue;
          // advance to the next non-transparent token that may join the name
          let j = st.j + 1;
          let prev = tok;
          while (j < tokens.length && tokens[j]!.transparent && joinable(text, prev, tokens[j]!)) {
            prev = tokens[j]!;
            j++;
          }
          if (j < tokens.length && !tokens[j]!.cruft && joinable(text, prev, tokens[j]!)) {
            next.push({ node: step.node, j, cost: st.cost + step.cost, fuzzy: st.fuzzy || step.fuzzy, sawUpper });
          }
        }
      }
      next.sort((a, b) => a.cost - b.cost);
      states = next.slice(0, maxStates);
    }
  }
  // Every word of a multi-word name is capitalised in the text (bar function words inside it): "Nangarhar province" is the place
  // Nangarhar, not the alias "Nangarhar Province".
  const capitalised = out.filter((c) => {
    if (c.firstToken === c.lastToken) return true;
    for (let k = c.firstToken; k <= c.lastToken; k++) {
      const t = tokens[k]!;
      const inner = k > c.firstToken && k < c.lastToken;
      const leading = k === c.firstToken && k < c.lastToken && NAME_PARTICLES.has(t.surface);
      if (!t.transparent && !t.upper && !leading && !(inner && NAME_FUNCTION_WORDS.has(t.surface))) return false;
    }
    return true;
  });
  out = capitalised; // reassigned, never spread: push(...list) overflows the stack past ~120k candidates
  // A person or place name that is only part of a longer run of capitalised name words is the
  // wrong entity ("Abdul Jabbar" inside "Hafiz Abdul Jabbar Shakir", "Dara" inside "Sar Dara"):
  // dropped, so the whole name is left to the recogniser. Common words ("Secretary") do not count.
  const nameWord = (t: DocToken | undefined): boolean => !!t && t.upper && !t.transparent && t.sentence >= 0 && !gaz.common.has(t.key) && !HONORIFIC_KEYS.has(t.key);
  const standalone = out.filter((c) => {
    if (!c.payloads.every((p) => { const ty = gaz.entities[p.entity]!.type; return ty === 'PERSON' || ty === 'LOC'; })) return true;
    if (c.payloads.every((p) => p.kind === 'acronym')) return true; // US officials, UK police
    let b = c.firstToken - 1;
    while (b >= 0 && tokens[b]!.transparent && joinable(text, tokens[b]!, tokens[b + 1]!)) b--;
    const before = tokens[b];
    if (before && before.sentence === tokens[c.firstToken]!.sentence && joinable(text, before, tokens[b + 1]!) && nameWord(before) && !/^[A-Z0-9.\-]+$/.test(before.surface)) return false;
    let a = c.lastToken + 1;
    while (a < tokens.length && tokens[a]!.transparent && joinable(text, tokens[a - 1]!, tokens[a]!)) a++;
    const after = tokens[a];
    if (after && joinable(text, tokens[a - 1]!, after) && nameWord(after) && !/^[A-Z0-9.\-]+$/.test(after.surface)) return false;
    return true;
  });
  out = standalone;
  // An honorific or an initial right before a person's name is part of the span (ANNOTATION.md
  // keeps honorifics; "L. Paul Bremer").
  for (const c of out) {
    if (!c.payloads.every((p) => gaz.entities[p.entity]!.type === 'PERSON')) continue;
    const before = tokens[c.firstToken - 1];
    if (!before || !before.upper || before.sentence !== tokens[c.firstToken]!.sentence) continue;
    const gap = text.slice(before.end, tokens[c.firstToken]!.start);
    if ((HONORIFIC_KEYS.has(before.key) && joinable(text, before, tokens[c.firstToken]!)) || (/^\p{Lu}$/u.test(before.surface) && gap === '. ')) {
      c.start = before.start;
      c.firstToken -= 1;
    }
  }
  // An acronym glued by a hyphen to a short capital code is part of a longer acronym ("ISK" in
  // "ISK-P", "IS" in "IS-K"): not a match of its own.
  const whole = out.filter((c) => {
    if (!c.payloads.every((p) => p.kind === 'acronym')) return true;
    const next = tokens[c.lastToken + 1];
    return !(next && text.slice(tokens[c.lastToken]!.end, next.start) === '-' && /^[A-Z]{1,3}$/.test(next.surface));
  });
  out = whole;
  // A name made of one fuzzy token is trusted only when cheap (cost ≤ 1) and standing alone: a
  // token inside a longer run of capitalised words ("Noreen Leghari") is part of another name.
  const kept = out.filter((c) => {
    if (!c.fuzzy || c.firstToken !== c.lastToken) return true;
    if (c.cost > 1) return false;
    const prev = tokens[c.firstToken - 1];
    const next = tokens[c.lastToken + 1];
    const capNeighbour = (t: DocToken | undefined, other: DocToken): boolean => !!t && t.upper && !t.transparent && joinable(text, t.end <= other.start ? t : other, t.end <= other.start ? other : t);
    return !capNeighbour(prev, tokens[c.firstToken]!) && !capNeighbour(next, tokens[c.lastToken]!);
  });
  out = kept;
  for (const c of out) {
    const before = tokens[c.firstToken - 1];
    if (before && LEADING.has(before.key) && joinable(text, before, tokens[c.firstToken]!)) {
      c.start = before.start;
      c.firstToken -= 1;
    }
  }
  return out;
}
