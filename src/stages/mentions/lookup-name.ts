/**
 * Look a whole name up in the compiled gazetteer by its match key (or as an acronym). Used to link
 * a name the fallback recogniser found to the gazetteer entity of the same type it names, when the
 * scan did not take it (e.g. because it stood inside a longer capitalised run).
 */
import { ACRONYM_EDGE, type CompiledGazetteer, type Payload, type TrieNode } from '../../gazetteer/compile.ts';
import { toAcronymTokens, toKeyTokens } from '../../text/match-key.ts';

function walk(root: TrieNode, path: string[]): Payload[] {
  let node: TrieNode | undefined = root;
  for (const edge of path) {
    node = node.children.get(edge);
    if (!node) return [];
  }
  return node.payloads ?? [];
}

/**
 * @param gaz compiled gazetteer
 * @param surface the name as written
 * @param type the entity type it must have
 * @returns the one strong payload of that type, or null when there is none or more than one entity
 */
export function lookupName(gaz: CompiledGazetteer, surface: string, type: string): Payload | null {
  const keys = toKeyTokens(surface);
  const acr = toAcronymTokens(surface).map((t) => ACRONYM_EDGE + t);
  const found = [...(keys.length > 0 ? walk(gaz.root, keys) : []), ...(acr.length > 0 ? walk(gaz.root, acr) : [])].filter((p) => p.kind !== 'weak' && gaz.entities[p.entity]!.type === type);
  const entities = new Set(found.map((p) => p.entity));
  return entities.size === 1 ? found[0]! : null;
}
