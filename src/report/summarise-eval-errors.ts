import { compareCodeUnits } from './compare.ts';
import type { EvalErrorSummary, ErrorKindSummary } from './types.ts';

const TOP = 8;
const EXAMPLES = 12;

type Rec = Record<string, unknown>;

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A mention side `{text, type}` as `TYPE "text"`. */
function mentionLabel(m: unknown): string | null {
  if (!isRec(m) || typeof m.text !== 'string') return null;
  return `${typeof m.type === 'string' ? `${m.type} ` : ''}"${m.text}"`;
}

/**
 * Short label of one error record, used to count the most frequent ones.
 * Note: knows the kinds of src/eval/error-types.ts (mention, link, sentence, relation errors) and
 * falls back to a fixed-key JSON form for any other record.
 */
export function errorLabel(r: Rec): string {
  const gold = mentionLabel(r.gold);
  const pred = mentionLabel(r.pred);
  if (r.kind === 'type' && isRec(r.gold) && isRec(r.pred)) return `"${String(r.gold.text)}" ${String(r.gold.type)} → ${String(r.pred.type)}`;
  if (r.kind === 'boundary' && gold && pred) return `${gold} → ${pred}`;
  if (gold || pred) return (gold ?? pred)!;
  if (Array.isArray(r.pair)) return r.pair.map(String).join(' — ');
  if (typeof r.entity === 'string') return r.entity;
  const { kind: _kind, ...rest } = r;
  return JSON.stringify(rest, Object.keys(rest).sort()).slice(0, 200);
}

/**
 * Count the records of eval-errors.jsonl by kind, for the report's error summary.
 * @param records parsed lines (records without a string `kind` are counted under `other`)
 * @returns kinds by count (descending) then name; each with its most frequent labels and a few
 * examples (document plus context, or the label when there is no context)
 */
export function summariseEvalErrors(records: readonly unknown[]): EvalErrorSummary {
  const byKind = new Map<string, { count: number; labels: Map<string, number>; examples: ErrorKindSummary['examples'] }>();
  for (const raw of records) {
    const r: Rec = isRec(raw) ? raw : { value: raw };
    const kind = str(r.kind) ?? 'other';
    const acc = byKind.get(kind) ?? { count: 0, labels: new Map<string, number>(), examples: [] };
    byKind.set(kind, acc);
    acc.count += 1;
    const label = errorLabel(r);
    acc.labels.set(label, (acc.labels.get(label) ?? 0) + 1);
    if (acc.examples.length < EXAMPLES) {
      const docs = Array.isArray(r.docs) ? r.docs.map(String).join(', ') : '';
      acc.examples.push({ doc: str(r.doc_id) ?? docs, text: str(r.context) ?? label });
    }
  }
  const kinds = [...byKind].map(([kind, a]) => ({
    kind,
    count: a.count,
    top: [...a.labels]
      .sort((x, y) => y[1] - x[1] || compareCodeUnits(x[0], y[0]))
      .slice(0, TOP)
      .map(([label, count]) => ({ label, count })),
    examples: a.examples,
  }));
  kinds.sort((a, b) => b.count - a.count || compareCodeUnits(a.kind, b.kind));
  return { total: records.length, kinds };
}
