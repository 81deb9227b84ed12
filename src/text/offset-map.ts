/**
 * Map between normalised text and the original text.
 *
 * Every normalised UTF-16 unit i was produced from an original range [origStart[i], origEnd[i]).
 * A normalised span [s, e) maps to [origStart[s], origEnd[e-1]): it covers every original unit
 * that produced it, and nothing deleted at its edges (a CR before a LF, a BOM).
 *
 * Serialised form (`DocRecord.offsets`): runs `[normPos, origStart, origEnd]`, one at position 0
 * and one wherever `origStart - i` or `origEnd - i` changes. Inside a run starting at normPos,
 * unit p has origStart + (p - normPos) and origEnd + (p - normPos). Exact, and small: an
 * article with no changes has a single run.
 */
export interface OffsetMap {
  readonly origStart: Int32Array;
  readonly origEnd: Int32Array;
  readonly origLength: number;
}

/**
 * Map a normalised span back to the original text.
 * @returns original [start, end); an empty normalised span maps to an empty original span
 */
export function spanToOriginal(map: OffsetMap, start: number, end: number): [number, number] {
  const n = map.origStart.length;
  if (start >= n) return [map.origLength, map.origLength];
  const os = map.origStart[start]!;
  if (end <= start) return [os, os];
  return [os, map.origEnd[Math.min(end, n) - 1]!];
}

/** Original position of a normalised position (start side). */
export function positionToOriginal(map: OffsetMap, pos: number): number {
  return pos >= map.origStart.length ? map.origLength : map.origStart[pos]!;
}

/** Runs for JSON output (see the module comment). */
export function encodeOffsets(map: OffsetMap): Array<[number, number, number]> {
  const out: Array<[number, number, number]> = [];
  let ds = Number.NaN;
  let de = Number.NaN;
  for (let i = 0; i < map.origStart.length; i++) {
    const s = map.origStart[i]! - i;
    const e = map.origEnd[i]! - i;
    if (s !== ds || e !== de) {
      out.push([i, map.origStart[i]!, map.origEnd[i]!]);
      ds = s;
      de = e;
    }
  }
  return out;
}

/**
 * Rebuild the map from its runs (used by `--from` reruns and by consumers of documents.jsonl).
 * @param runs `DocRecord.offsets`
 * @param normLength length of the normalised text
 * @param origLength length of the original text (`DocRecord.chars`)
 */
export function decodeOffsets(runs: Array<[number, number, number]>, normLength: number, origLength: number): OffsetMap {
  const origStart = new Int32Array(normLength);
  const origEnd = new Int32Array(normLength);
  let r = 0;
  for (let i = 0; i < normLength; i++) {
    while (r + 1 < runs.length && runs[r + 1]![0] <= i) r++;
    const [np, os, oe] = runs[r] ?? [0, 0, 1];
    origStart[i] = os + (i - np);
    origEnd[i] = oe + (i - np);
  }
  return { origStart, origEnd, origLength };
}

/**
 * Map an original span to the normalised span covering the same text: the first unit starting at
 * or after `start` up to the last unit ending at or before `end`.
 */
export function spanFromOriginal(map: OffsetMap, start: number, end: number): [number, number] {
  const n = map.origStart.length;
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (map.origStart[mid]! < start) lo = mid + 1;
    else hi = mid;
  }
  const s = lo;
  lo = s;
  hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (map.origEnd[mid]! <= end) lo = mid + 1;
    else hi = mid;
  }
  return [s, Math.max(s, lo)];
}
