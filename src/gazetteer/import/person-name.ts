/**
 * Person-name order: the lists write `LAST, First` (OFAC, some UN aliases); news writes `First Last`.
 */

const SUFFIX = /^(jr\.?|sr\.?|ii|iii|iv)$/i;

/**
 * Turn `LAST, First` into `First LAST`; other strings are returned unchanged.
 * @param name a person name
 * @returns reordered name (letter case unchanged)
 * Note: only the first comma splits; a trailing generational suffix stays last
 * (`SANTOS, Hilarion, III` → `Hilarion SANTOS III`). `Hilarion Santos, III` (suffix after the comma)
 * is not reordered.
 */
export function reorderLastFirst(name: string): string {
  const i = name.indexOf(',');
  if (i < 0) return name;
  const last = name.slice(0, i).trim();
  const rest = name.slice(i + 1).trim();
  if (last === '' || rest === '') return name.replace(/,/g, '').trim();
  const restParts = rest.split(',').map((p) => p.trim()).filter((p) => p !== '');
  if (restParts.length === 1 && SUFFIX.test(restParts[0]!)) return name;
  const suffix = restParts.length > 1 && SUFFIX.test(restParts[restParts.length - 1]!) ? restParts.pop()! : '';
  return [restParts.join(' '), last, suffix].filter((p) => p !== '').join(' ');
}
