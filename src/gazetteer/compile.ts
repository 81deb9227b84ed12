/**
 * Compile a merged gazetteer into a token trie keyed by `foldToken` keys (names) and
 * case-sensitive acronym keys, plus the index the fuzzy matcher searches. Done once per run.
 *
 * Name classification: an acronym is case-sensitive and never fuzzy. Names listed under
 * `acronyms` are acronyms; so is any one-token name of at most 6 characters with two or more
 * capitals (TTP, LeJ, ISK-P, I.S.). A one-token name whose key is a common English word (the
 * `commonWords` option) is demoted to a weak alias, so "Wana" the town does not fire on "wanna"
 * and "Amaq" does not fire on prose; so is a one-word GeoNames alternate name. An imported name
 * that folds to one word once its particles are dropped ("Al-Jihad") is not used.
 *
 * Alias collisions between entities: a key held strongly by a curated entity is removed from
 * imported entities that also claim it (curated data decides). A key claimed by several imported
 * entities stays on all of them and is resolved by context at match time, or reported ambiguous.
 */
import { consonantSignature, foldToken, toAcronymTokens, toKeyTokens } from '../text/match-key.ts';
import { tokenise } from '../text/tokenise.ts';
import { sourceOf } from './merge-entries.ts';
import type { Entity, Gazetteer, NameKind } from './types.ts';

export interface Payload {
  entity: number;
  kind: NameKind;
  alias: string;
}

export interface TrieNode {
  children: Map<string, TrieNode>;
  payloads?: Payload[];
}

export interface CompiledGazetteer {
  entities: Entity[];
  root: TrieNode;
  /** Every folded token of every non-acronym name → how many names use it. */
  vocabulary: Map<string, number>;
  /** consonantSignature(token), and each signature with one consonant deleted → tokens of length ≥ 5
   * of names from curated and sanction-list records (GeoNames alternates are too many and too alike
   * to fuzzy-match safely: they match exactly or through the match key only). */
  signatures: Map<string, string[]>;
  /** folded common English words: never fuzzy-matched to a name */
  common: ReadonlySet<string>;
  version: string;
  stats: { names: number; droppedCollisions: number; demotedCommon: number };
}

export interface CompileOptions {
  /** Folded keys of common English words (one-token names with these keys become weak). */
  commonWords?: ReadonlySet<string>;
}

/** Acronym edges in the trie carry this prefix, so they never meet folded name keys. */
export const ACRONYM_EDGE = '\u0001';

/** Is this one-token name acronym-shaped (TTP, LeJ, ISK-P, I.S.)? */
export function isAcronymShaped(name: string): boolean {
  const t = name.trim();
  if (t.length > 7 || /\s/.test(t)) return false;
  return (t.match(/\p{Lu}/gu) ?? []).length >= 2 && tokenise(t).length >= 1;
}

function insert(root: TrieNode, path: string[], payload: Payload): void {
  let node = root;
  for (const edge of path) {
    let next = node.children.get(edge);
    if (!next) {
      next = { children: new Map() };
      node.children.set(edge, next);
    }
    node = next;
  }
  const list = (node.payloads ??= []);
  if (!list.some((p) => p.entity === payload.entity && p.kind === payload.kind)) list.push(payload);
}

/**
 * @param gaz the loaded gazetteer
 * @param options see CompileOptions
 */
export function compileGazetteer(gaz: Gazetteer, options: CompileOptions = {}): CompiledGazetteer {
  const common = options.commonWords ?? new Set<string>();
  const root: TrieNode = { children: new Map() };
  const vocabulary = new Map<string, number>();
  let names = 0;
  let demotedCommon = 0;
  let droppedCollisions = 0;
  // which curated entity holds each strong key
  const curatedStrong = new Map<string, number>();
  const planned: Array<{ path: string[]; payload: Payload; key: string; imported: boolean; fuzzyOk: boolean }> = [];
  gaz.entities.forEach((e, idx) => {
    for (const n of e.names) {
      let kind = n.kind;
      let path: string[];
      if (kind === 'acronym' || (kind !== 'weak' && isAcronymShaped(n.text))) {
        kind = 'acronym';
        const toks = toAcronymTokens(n.text);
        path = toks.map((t) => ACRONYM_EDGE + t);
        if (toks.length > 1) planned.push({ path: [ACRONYM_EDGE + toks.join('')], payload: { entity: idx, kind, alias: n.text }, key: 'a:' + toks.join(''), imported: sourceOf(n.from) !== 'curated', fuzzyOk: false });
      } else {
        path = toKeyTokens(stripTitles(n.text));
        if (path.length === 1 && kind === 'name' && common.has(path[0]!)) {
          kind = 'weak';
          demotedCommon++;
        } else if (path.length === 1 && kind === 'name' && sourceOf(n.from) !== 'curated' && tokenise(n.text).length > 1) {
          // an imported name that folds to one word once its particles go ("Al-Jihad" → jihad) is
          // too generic to use at all
          demotedCommon++;
          continue;
        } else if (path.length === 1 && kind === 'name' && sourceOf(n.from) === 'geonames' && !n.primary) {
          // a one-word GeoNames alternate (an exonym, an old or foreign form: "Afaq" for ‘Afak) needs
          // the document to name the place otherwise too
          kind = 'weak';
          demotedCommon++;
        }
      }
      if (path.length === 0) continue;
      const key = (kind === 'acronym' ? 'a:' : 'n:') + path.join(' ');
      const imported = sourceOf(n.from) !== 'curated';
      planned.push({ path, payload: { entity: idx, kind, alias: n.text }, key, imported, fuzzyOk: kind !== 'acronym' && sourceOf(n.from) !== 'geonames' });
      if (!imported && kind !== 'weak') curatedStrong.set(key, idx);
    }
  });
  for (const p of planned) {
    const holder = curatedStrong.get(p.key);
    if (p.imported && holder !== undefined && holder !== p.payload.entity) {
      droppedCollisions++;
      continue;
    }
    insert(root, p.path, p.payload);
    names++;
    if (p.payload.kind !== 'acronym') for (const t of p.path) vocabulary.set(t, (vocabulary.get(t) ?? 0) + 1);
  }
  const fuzzyVocabulary = new Set<string>();
  for (const p of planned) if (p.fuzzyOk) for (const t of p.path) fuzzyVocabulary.add(t);
  const signatures = new Map<string, string[]>();
  for (const tok of [...fuzzyVocabulary].sort()) {
    if (tok.length < 5) continue;
    const sig = consonantSignature(tok);
    const keys = new Set([sig]);
    for (let i = 0; i < sig.length; i++) keys.add(sig.slice(0, i) + sig.slice(i + 1));
    for (const k of keys) {
      const list = signatures.get(k);
      if (list) list.push(tok);
      else signatures.set(k, [tok]);
    }
  }
  return { entities: gaz.entities, root, vocabulary, signatures, common, version: gaz.version, stats: { names, droppedCollisions, demotedCommon } };
}

const TITLE_RE = /^(?:(?:dr|mr|mrs|ms|prof|professor|gen|general|col|colonel|capt|captain|maj|major|lt|president|minister|sen|senator|gov|governor|sir)\.?\s+)+/i;

/**
 * Drop English titles and ranks that lead a name ("Dr. Ayman al-Zawahiri" → "Ayman al-Zawahiri"):
 * they are not part of a mention's span (ANNOTATION.md). South Asian and Arabic honorifics
 * (Mullah, Maulana, Qari, Hafiz, Haji, Sheikh) are part of the name and stay.
 */
export function stripTitles(name: string): string {
  const stripped = name.replace(TITLE_RE, '');
  return stripped.trim() === '' ? name : stripped;
}

/** Fold a word for the common-word list the same way names are folded. */
export function commonWordSet(words: Iterable<string>): Set<string> {
  const s = new Set<string>();
  for (const w of words) {
    const k = foldToken(w.trim());
    if (k) s.add(k);
  }
  return s;
}
