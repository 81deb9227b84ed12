/**
 * Score mentions found in synthetic documents: per rule, how often the variant was linked to the
 * right entity; over all mentions, how many were right, linked to a wrong entity, left unlinked
 * (recogniser or ambiguous ids) or spurious (outside the variant); and the precision of fuzzy hits.
 */
import type { MentionRecord } from '../../types/records.ts';
import type { SyntheticDoc } from './build-documents.ts';

/** Counts of one variant rule. */
export interface RuleScore {
  variants: number;
  /** A mention overlapping the variant carries the right entity id. */
  hit: number;
  /** …and has exactly the variant's span. */
  exact_span: number;
  /** No mention overlaps the variant. */
  missed: number;
  /** A mention overlaps the variant but links another gazetteer entity (and none the right one). */
  wrong_entity: number;
  /** A mention overlaps the variant with a recogniser or ambiguous id only. */
  unlinked: number;
  recall: number;
  /** Matching methods of the hits. */
  methods: Record<string, number>;
}

/** Counts over every predicted mention. */
export interface MentionPrecision {
  mentions: number;
  correct: number;
  wrong_entity: number;
  unlinked: number;
  spurious: number;
  /** Spurious mentions in the distractor sentence (the rest are in template words). */
  spurious_in_distractor: number;
  precision: number;
  /** The most frequent spurious surfaces with their type and count (at most 15). */
  top_spurious: Array<{ text: string; type: string; count: number }>;
}

/** Result of scoring one system on the synthetic set. */
export interface SyntheticScore {
  rules: Record<string, RuleScore>;
  /** Every rule except the `original` controls. */
  all_variants: RuleScore;
  mentions: MentionPrecision;
  fuzzy: MentionPrecision;
  /** Variants not linked to the right entity, at most 10 per rule, with what was found over them. */
  misses: Array<{ rule: string; entity: string; original: string; variant: string; found: Array<{ text: string; entity_id: string; method: string }> }>;
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : Math.round((a / b) * 10000) / 10000);
const unlinkedId = (id: string): boolean => id.startsWith('ner/') || id.startsWith('ambiguous/');

function emptyRule(): RuleScore {
  return { variants: 0, hit: 0, exact_span: 0, missed: 0, wrong_entity: 0, unlinked: 0, recall: 0, methods: {} };
}
function emptyPrecision(): MentionPrecision {
  return { mentions: 0, correct: 0, wrong_entity: 0, unlinked: 0, spurious: 0, spurious_in_distractor: 0, precision: 0, top_spurious: [] };
}

/**
 * @param docs the synthetic documents
 * @param mentions predicted mentions by doc_id
 * @param expectedId the id the system should give a variant's entity (after gazetteer merging)
 * @returns per-rule recall, mention precision, fuzzy precision
 */
export function scoreSynthetic(docs: readonly SyntheticDoc[], mentions: ReadonlyMap<string, readonly MentionRecord[]>, expectedId: (entityId: string) => string): SyntheticScore {
  const rules: Record<string, RuleScore> = {};
  const all = emptyRule();
  const prec = emptyPrecision();
  const fuzzy = emptyPrecision();
  const misses: SyntheticScore['misses'] = [];
  const missCount = new Map<string, number>();
  const spuriousText = new Map<MentionPrecision, Map<string, number>>([[prec, new Map()], [fuzzy, new Map()]]);
  for (const d of docs) {
    const want = expectedId(d.variant.entityId);
    const found = mentions.get(d.doc_id) ?? [];
    const over = found.filter((m) => m.start < d.end && d.start < m.end);
    const right = over.filter((m) => m.entity_id === want);
    if (right.length === 0 && (missCount.get(d.variant.rule) ?? 0) < 10) {
      missCount.set(d.variant.rule, (missCount.get(d.variant.rule) ?? 0) + 1);
      misses.push({ rule: d.variant.rule, entity: want, original: d.variant.original, variant: d.variant.variant, found: over.map((m) => ({ text: m.text, entity_id: m.entity_id, method: m.method })) });
    }
    const targets = d.variant.rule === 'original' ? [(rules.original ??= emptyRule())] : [(rules[d.variant.rule] ??= emptyRule()), all];
    for (const r of targets) {
      r.variants++;
      if (right.length > 0) {
        r.hit++;
        if (right.some((m) => m.start === d.start && m.end === d.end)) r.exact_span++;
        const method = right[0]!.method;
        r.methods[method] = (r.methods[method] ?? 0) + 1;
      } else if (over.length === 0) r.missed++;
      else if (over.some((m) => !unlinkedId(m.entity_id))) r.wrong_entity++;
      else r.unlinked++;
    }
    for (const m of found) {
      const into = m.method === 'fuzzy' ? [prec, fuzzy] : [prec];
      const overlaps = m.start < d.end && d.start < m.end;
      for (const p of into) {
        p.mentions++;
        if (!overlaps) {
          p.spurious++;
          const k = `${m.type}\u0000${m.text}`;
          spuriousText.get(p)!.set(k, (spuriousText.get(p)!.get(k) ?? 0) + 1);
          const lineStart = d.text.lastIndexOf('\n', m.start - 1) + 1;
          const lineEnd = d.text.indexOf('\n', m.start);
          const inVariantSentence = lineStart <= d.start && d.end <= lineEnd;
          if (!inVariantSentence) p.spurious_in_distractor++;
        } else if (m.entity_id === want) p.correct++;
        else if (unlinkedId(m.entity_id)) p.unlinked++;
        else p.wrong_entity++;
      }
    }
  }
  for (const r of [...Object.values(rules), all]) r.recall = ratio(r.hit, r.variants);
  for (const p of [prec, fuzzy]) {
    p.precision = ratio(p.correct, p.mentions);
    p.top_spurious = [...spuriousText.get(p)!]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, 15)
      .map(([k, count]) => ({ text: k.split('\u0000')[1]!, type: k.split('\u0000')[0]!, count }));
  }
  return { rules, all_variants: all, mentions: prec, fuzzy, misses };
}
