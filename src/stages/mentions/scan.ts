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

/**
 * @param tokens document tokens
 * @param text normalised text (for gaps between tokens)
 * @param gaz compiled gazetteer
 * @param fuzzyAlts cached fuzzy lookup
 */
export function scanTokens(tokens: DocToken[], text: string, gaz: CompiledGazetteer, fuzzyAlts: (key: string) => FuzzyAlt[], opts: ScanOptions): Candidate[] {
  const out: Candidate[] = [];
  const maxStates = opts.maxStates ?? 8;
  for (let i = 0; i < tokens.length; i++) {
    const t0 = tokens[i]!;
    if (t0.transparent || t0.cruft || t0.sentence < 0 || t0.key === '') continue;
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
  out.length = 0;
  out.push(...kept);
  for (const c of out) {
    const before = tokens[c.firstToken - 1];
    if (before && LEADING.has(before.key) && joinable(text, before, tokens[c.firstToken]!)) {
      c.start = before.start;
      c.firstToken -= 1;
    }
  }
  return out;
}
