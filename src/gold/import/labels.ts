/**
 * Map annotation-tool labels to the gold types (and to sentence spans).
 */

/** What a label becomes. */
export type LabelTarget = 'ORG' | 'PERSON' | 'LOC' | 'SENTENCE';

const DEFAULT_LABELS: Record<string, LabelTarget> = {
  ORG: 'ORG',
  ORGANIZATION: 'ORG',
  ORGANISATION: 'ORG',
  PER: 'PERSON',
  PERSON: 'PERSON',
  LOC: 'LOC',
  GPE: 'LOC',
  LOCATION: 'LOC',
  SENTENCE: 'SENTENCE',
  SENT: 'SENTENCE',
};

/**
 * Build the label mapper.
 * @param extra user mappings `LABEL → target` (from `--label-map LABEL=TYPE`); they win over the
 *   defaults
 * @returns label → target, or null for a label that is not imported (compared case-insensitively)
 */
export function createLabelMap(extra: Readonly<Record<string, LabelTarget>> = {}): (label: string) => LabelTarget | null {
  const table = new Map<string, LabelTarget>();
  for (const [k, v] of Object.entries({ ...DEFAULT_LABELS, ...extra })) table.set(k.toUpperCase(), v);
  return (label) => table.get(label.trim().toUpperCase()) ?? null;
}

/** Whether a string names a target (for validating `--label-map`). */
export function isLabelTarget(x: string): x is LabelTarget {
  return x === 'ORG' || x === 'PERSON' || x === 'LOC' || x === 'SENTENCE';
}
