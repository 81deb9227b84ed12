/**
 * Accept reviewed suggestions into the curated gazetteer.
 *  - an alias of a curated entity is appended to that entry's `aliases` (or `acronyms` when
 *    acronym-shaped) in its YAML file, keeping the file's comments and layout;
 *  - an alias of an imported entity, and a new entity, become entries of
 *    gazetteers/curated/accepted.yml (an imported target is linked with `same_as`).
 * The YAML is edited through the yaml Document API, never by string concatenation.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument, isSeq, isMap, YAMLSeq, type Document } from 'yaml';
import { writeFileAtomic } from '../runner/atomic-write.ts';
import { listGazetteerFiles } from '../gazetteer/read-files.ts';
import { isAcronymShaped } from '../gazetteer/compile.ts';
import { toMatchKey } from '../text/match-key.ts';
import type { Suggestion } from './collect.ts';

export interface AcceptResult {
  file: string;
  action: string;
}

function slug(s: string): string {
  return toMatchKey(s).replace(/ /g, '-') || 'x';
}

function findEntry(curatedDir: string, id: string): { file: string; doc: Document; index: number } | null {
  for (const file of listGazetteerFiles(curatedDir)) {
    if (!/\.ya?ml$/.test(file)) continue;
    const doc = parseDocument(readFileSync(file, 'utf8'));
    if (!isSeq(doc.contents)) continue;
    const index = doc.contents.items.findIndex((it) => isMap(it) && String(it.get('id')) === id);
    if (index >= 0) return { file, doc, index };
  }
  return null;
}

/**
 * @param s the suggestion to accept
 * @param curatedDir gazetteers/curated
 */
export function acceptSuggestion(s: Suggestion, curatedDir: string): AcceptResult {
  const acronym = isAcronymShaped(s.name);
  if (s.kind === 'alias' && s.entity_id) {
    const found = findEntry(curatedDir, s.entity_id);
    if (found) {
      const entry = (found.doc.contents as YAMLSeq).items[found.index]!;
      const field = acronym ? 'acronyms' : 'aliases';
      const list = (entry as { get: (k: string) => unknown }).get(field);
      if (list instanceof YAMLSeq) list.add(s.name);
      else (entry as { set: (k: string, v: unknown) => void }).set(field, found.doc.createNode([s.name]));
      writeFileAtomic(found.file, found.doc.toString());
      return { file: found.file, action: `added ${field.slice(0, -1)} "${s.name}" to ${s.entity_id}` };
    }
  }
  const file = join(curatedDir, 'accepted.yml');
  const doc = existsSync(file) ? parseDocument(readFileSync(file, 'utf8')) : parseDocument('# Entries and aliases accepted from `npm run suggest` review queues.\n[]\n');
  if (!isSeq(doc.contents)) throw new Error(`${file} must be a YAML list`);
  const kind = s.type === 'PERSON' ? 'person' : s.type === 'LOC' ? 'loc' : 'org';
  const entry: Record<string, unknown> =
    s.kind === 'alias'
      ? { id: `${kind}/${slug(s.canonical ?? s.name)}`, type: s.type, canonical: s.canonical ?? s.name, [acronym ? 'acronyms' : 'aliases']: [s.name], same_as: [s.entity_id], notes: `accepted suggestion ${s.id}` }
      : { id: `${kind}/${slug(s.name)}`, type: s.type, canonical: s.name, notes: `accepted suggestion ${s.id} (seen ${s.count} times in ${s.documents} documents)` };
  (doc.contents as YAMLSeq).add(doc.createNode(entry));
  if (doc.contents.flow) doc.contents.flow = false;
  writeFileAtomic(file, doc.toString());
  return { file, action: s.kind === 'alias' ? `added entry linking "${s.name}" to ${s.entity_id}` : `added new ${s.type} "${s.name}"` };
}
