/**
 * Checks across all gold files: one type per canonical, and canonicals that look like one entity
 * spelled two ways (linking would count them as two entities).
 */
import type { Diagnostic } from '../types/diagnostic.ts';
import type { GoldDoc } from '../types/records.ts';

/** A gold document with the file it came from. */
export interface GoldFile {
  file: string;
  doc: GoldDoc;
}

/** Fold a canonical for the look-alike check: case, diacritics, and everything but letters and digits. */
export function foldCanonical(s: string): string {
  return s.normalize('NFKD').toLowerCase().replace(/\p{M}/gu, '').replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * Cross-file canonical checks.
 * @param files every gold document
 * @returns a `fatal` GOLD_CANONICAL_TYPE per canonical used with several types, and a `warn`
 *   GOLD_CANONICAL_VARIANT per group of canonicals that fold to the same key
 */
export function checkCanonicals(files: readonly GoldFile[]): Diagnostic[] {
  const uses = new Map<string, Map<string, string[]>>();
  const folded = new Map<string, Set<string>>();
  for (const { file, doc } of files) {
    for (const m of doc.mentions) {
      let byType = uses.get(m.canonical);
      if (!byType) uses.set(m.canonical, (byType = new Map()));
      const where = `${file}@${m.start}`;
      byType.set(m.type, [...(byType.get(m.type) ?? []), where]);
      const key = foldCanonical(m.canonical);
      if (!folded.has(key)) folded.set(key, new Set());
      folded.get(key)!.add(m.canonical);
    }
  }
  const out: Diagnostic[] = [];
  for (const canonical of [...uses.keys()].sort()) {
    const byType = uses.get(canonical)!;
    if (byType.size < 2) continue;
    const detail = [...byType].sort(([a], [b]) => (a < b ? -1 : 1)).map(([t, w]) => `${t} ×${w.length} (first at ${w[0]})`);
    out.push({
      code: 'GOLD_CANONICAL_TYPE',
      severity: 'fatal',
      stage: 'gold-check',
      file: byType.values().next().value![0]!.split('@')[0],
      message: `canonical ${JSON.stringify(canonical)} has several types: ${detail.join(', ')}`,
      fix: 'one entity has one type: fix the type, or give distinct entities distinct canonicals',
    });
  }
  for (const key of [...folded.keys()].sort()) {
    const names = [...folded.get(key)!].sort();
    if (names.length < 2) continue;
    out.push({
      code: 'GOLD_CANONICAL_VARIANT',
      severity: 'warn',
      stage: 'gold-check',
      message: `canonicals ${names.map((n) => JSON.stringify(n)).join(' and ')} differ only in case or punctuation`,
      fix: 'if they are one entity, use one spelling everywhere (linking counts them as two)',
    });
  }
  return out;
}
