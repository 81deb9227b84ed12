/**
 * Plain-text tables of the synthetic evaluation: recall per rule and rung, then mention and fuzzy
 * precision per rung, then the error breakdown of the last rung.
 */
import { layout } from '../../eval/format-table.ts';
import { VARIANT_RULES } from './variant-rules.ts';
import type { SyntheticResult } from './run-synthetic.ts';

const num = (x: number): string => x.toFixed(4);

/**
 * @param result what runSynthetic returned
 * @returns the tables, each preceded by a title line
 */
export function formatSynthetic(result: SyntheticResult): string {
  const rungs = result.systems;
  const ruleNames = [...VARIANT_RULES.map((r) => r.name).filter((n) => rungs.some((s) => s.score.rules[n])), 'all variants', 'original'];
  const pick = (s: (typeof rungs)[number], rule: string) => (rule === 'all variants' ? s.score.all_variants : s.score.rules[rule]);
  const recall = [['rule', 'n', ...rungs.map((s) => s.rung)]];
  for (const rule of ruleNames) {
    const n = pick(rungs[0]!, rule)?.variants ?? 0;
    if (n > 0) recall.push([rule, String(n), ...rungs.map((s) => num(pick(s, rule)?.recall ?? 0))]);
  }
  const prec = [['rung', 'mentions', 'correct', 'wrong entity', 'unlinked', 'spurious', 'in distractor', 'P', 'fuzzy', 'fuzzy correct', 'fuzzy P']];
  for (const s of rungs) {
    const m = s.score.mentions;
    const f = s.score.fuzzy;
    prec.push([s.rung, String(m.mentions), String(m.correct), String(m.wrong_entity), String(m.unlinked), String(m.spurious), String(m.spurious_in_distractor), num(m.precision), String(f.mentions), String(f.correct), f.mentions ? num(f.precision) : '-']);
  }
  const last = rungs[rungs.length - 1]!;
  const detail = [['rule', 'n', 'hit', 'exact span', 'wrong entity', 'unlinked', 'missed', 'hit methods']];
  for (const rule of ruleNames) {
    const r = pick(last, rule);
    if (!r || r.variants === 0) continue;
    detail.push([rule, String(r.variants), String(r.hit), String(r.exact_span), String(r.wrong_entity), String(r.unlinked), String(r.missed), Object.entries(r.methods).sort().map(([k, v]) => `${k} ${v}`).join(', ')]);
  }
  return [
    `synthetic variants: ${result.variants.length} documents from ${result.sources} curated names`,
    'recall of the right entity id (a mention overlapping the variant), per rule and rung',
    layout(recall),
    'precision over every predicted mention (fuzzy: fuzzy matches alone)',
    layout(prec),
    `errors per rule, rung ${last.rung}`,
    layout(detail),
  ].join('\n');
}
