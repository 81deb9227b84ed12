/**
 * Apply `filterGazetteer` to gazetteer records as read from files (value + file + line). Records
 * that do not pass the schema are passed through unchanged, so the loader still reports them.
 */
import * as v from 'valibot';
import type { RawEntry } from '../../gazetteer/read-files.ts';
import { EntrySchema, type GazetteerEntry } from '../../gazetteer/schema.ts';
import type { DocumentKeys } from './document-keys.ts';
import { filterGazetteer, type FilterResult } from './filter-gazetteer.ts';

/**
 * @param records curated records
 * @param held keys of the held-out document
 * @param others keys of the other seed documents
 * @returns the records to load instead, and what was removed
 */
export function filterRecords(records: readonly RawEntry[], held: DocumentKeys, others: readonly DocumentKeys[]): { records: RawEntry[] } & Omit<FilterResult, 'entries'> {
  const valid: Array<{ entry: GazetteerEntry; at: RawEntry }> = [];
  const passed: RawEntry[] = [];
  for (const r of records) {
    const res = v.safeParse(EntrySchema, r.value);
    if (res.success) valid.push({ entry: res.output, at: r });
    else passed.push(r);
  }
  const { entries, removed, dropped } = filterGazetteer(valid.map((x) => x.entry), held, others);
  const byId = new Map(valid.map((x) => [x.entry.id, x.at]));
  const kept = entries.map((e) => ({ ...byId.get(e.id)!, value: e }));
  return { records: [...kept, ...passed], removed, dropped };
}
