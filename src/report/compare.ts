/**
 * Locale-free ordering by UTF-16 code units, so output order never depends on the machine's ICU
 * data or locale (unlike `localeCompare`).
 * @returns negative, zero or positive, like any comparator
 */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The most frequent value, ties broken by code-unit order.
 * @param counts value → occurrences
 * @returns the winner, or '' for an empty map
 */
export function mostFrequent(counts: Map<string, number>): string {
  let best = '';
  let bestCount = -1;
  for (const [value, count] of counts) {
    if (count > bestCount || (count === bestCount && compareCodeUnits(value, best) < 0)) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}
