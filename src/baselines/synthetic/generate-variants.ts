/**
 * Generate a synthetic variant set: `count` variants of gazetteer names, the rules taking turns,
 * names drawn at random from those a rule applies to. Deterministic for a seed.
 */
import { createPrng } from './prng.ts';
import { VARIANT_RULES, type VariantRule } from './variant-rules.ts';

/** A gazetteer name a variant can be made from. */
export interface NameSource {
  entityId: string;
  type: string;
  name: string;
}

/** One generated variant (rule `original` = the name unchanged, a control). */
export interface Variant {
  rule: string;
  entityId: string;
  type: string;
  original: string;
  variant: string;
}

/** Options of `generateVariants`. */
export interface GenerateOptions {
  seed: number;
  count: number;
  rules?: readonly VariantRule[];
  /** Reject a variant (e.g. its key is another entity's name, so the right answer is unclear). */
  reject?: (variant: string, source: NameSource) => boolean;
  /** Attempts per variant before a rule gives up (default 200). */
  attempts?: number;
}

/**
 * @param sources names to vary (order matters for determinism; pass them sorted)
 * @param options seed, count, rules, reject
 * @returns up to `count` distinct variants, each different from its original, rules in turn
 */
export function generateVariants(sources: readonly NameSource[], options: GenerateOptions): Variant[] {
  const rules = options.rules ?? VARIANT_RULES;
  const rng = createPrng(options.seed);
  const seen = new Set<string>();
  const out: Variant[] = [];
  const attempts = options.attempts ?? 200;
  const exhausted = new Set<string>();
  for (let i = 0; out.length < options.count && exhausted.size < rules.length; i++) {
    const rule = rules[i % rules.length]!;
    if (exhausted.has(rule.name)) continue;
    let made: Variant | null = null;
    for (let a = 0; a < attempts && !made && sources.length > 0; a++) {
      const src = rng.pick(sources);
      const v = rule.apply(src.name, rng);
      const key = `${src.entityId}\u0000${v}`;
      if (v === null || v === src.name || v.trim() === '' || seen.has(key) || options.reject?.(v, src)) continue;
      seen.add(key);
      made = { rule: rule.name, entityId: src.entityId, type: src.type, original: src.name, variant: v };
    }
    if (made) out.push(made);
    else exhausted.add(rule.name);
  }
  return out;
}

/**
 * Controls: names unchanged, drawn without repetition (names `reject` refuses are left out).
 * @returns up to `count` variants with rule `original`
 */
export function pickControls(sources: readonly NameSource[], seed: number, count: number, reject?: GenerateOptions['reject']): Variant[] {
  const rng = createPrng(seed ^ 0x5eed);
  const pool = sources.filter((s) => !reject?.(s.name, s));
  const out: Variant[] = [];
  while (out.length < count && pool.length > 0) {
    const src = pool.splice(rng.int(pool.length), 1)[0]!;
    out.push({ rule: 'original', entityId: src.entityId, type: src.type, original: src.name, variant: src.name });
  }
  return out;
}
