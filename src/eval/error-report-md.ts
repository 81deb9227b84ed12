/**
 * Render error records as Markdown (eval-errors.md): one section per kind, grouped by document.
 */
import type { ErrorKind, ErrorRecord, MentionRef } from './error-types.ts';

const SECTIONS: Array<[ErrorKind, string, string]> = [
  ['missed', 'Missed mentions', 'In the gold, no predicted mention overlaps them. Add the name (or a variant) to the gazetteer, or fix the gold.'],
  ['spurious', 'Spurious mentions', 'Predicted, but no gold mention overlaps them. Check ANNOTATION.md: not a group/person/place, a facility, a demonym?'],
  ['type', 'Type errors', 'Gold and prediction overlap but the types differ.'],
  ['boundary', 'Boundary errors', 'Same type, overlapping spans, different start or end (counted right by lenient, wrong by strict).'],
  ['link_split', 'Gold entities split over several ids', 'Mentions of one gold entity got different entity_ids: merge the ids or add the variants to one entry.'],
  ['link_merge', 'Ids merging several gold entities', 'One entity_id covers mentions of different gold entities: split the entry or tighten its variants.'],
  ['sentence_missed', 'Missed sentence ends', 'A gold sentence ends at ‖ and no predicted sentence does.'],
  ['sentence_spurious', 'Spurious sentence ends', 'A predicted sentence ends at ‖ and no gold sentence does.'],
  ['relation_missed', 'Missed relation pairs (corpus)', 'Pairs co-occurring in gold sentences that the prediction does not have.'],
  ['relation_spurious', 'Spurious relation pairs (corpus)', 'Predicted pairs the gold does not have (ids mapped to gold entities through shared mentions).'],
];

/**
 * Render the error report.
 * @param errors records from `collectErrors`
 * @param title first heading (e.g. the system name)
 * @returns Markdown text ending in a newline
 */
export function renderErrorsMarkdown(errors: readonly ErrorRecord[], title = 'Evaluation errors'): string {
  const lines: string[] = [`# ${title}`, ''];
  const counts = SECTIONS.map(([kind, heading]) => `${heading}: ${errors.filter((e) => e.kind === kind).length}`);
  lines.push(...counts.map((c) => `- ${c}`), '');
  for (const [kind, heading, help] of SECTIONS) {
    const items = errors.filter((e) => e.kind === kind);
    if (items.length === 0) continue;
    lines.push(`## ${heading} (${items.length})`, '', help, '');
    if (kind === 'missed' || kind === 'spurious') lines.push(...frequent(items), '');
    let doc: string | null | undefined;
    for (const e of items) {
      if (e.doc_id !== null && e.doc_id !== doc) {
        if (doc !== undefined) lines.push('');
        lines.push(`### ${e.doc_id}`, '');
      }
      doc = e.doc_id;
      lines.push(`- ${renderItem(e)}`);
    }
    lines.push('');
  }
  return lines.join('\n').replace(/\n+$/, '\n');
}

function renderItem(e: ErrorRecord): string {
  switch (e.kind) {
    case 'missed':
      return `${mention(e.gold!)} (canonical ${e.gold!.id}) ${code(e.context)}`;
    case 'spurious':
      return `${mention(e.pred!)} (id ${e.pred!.id}) ${code(e.context)}`;
    case 'type':
    case 'boundary':
      return `gold ${mention(e.gold!)}, predicted ${mention(e.pred!)} (id ${e.pred!.id}) ${code(e.context)}`;
    case 'link_split':
    case 'link_merge': {
      const parts = e.parts.map((p) => `${p.name} ×${p.count} (${p.examples.map((x) => JSON.stringify(x)).join(', ')})`);
      return `**${e.entity}** (${e.count} mentions): ${parts.join('; ')}`;
    }
    case 'sentence_missed':
    case 'sentence_spurious': {
      const near = e.nearest === null ? 'none on the other side' : `nearest other end ${e.nearest} (${signed(e.nearest - e.end!)})`;
      return `end ${e.end} (sentence ${e.start}–${e.end}; ${near}) ${code(e.context)}`;
    }
    case 'relation_missed':
    case 'relation_spurious':
      return `${e.pair[0]} — ${e.pair[1]} (in ${e.docs.join(', ')})`;
  }
}

/** How many top forms the missed/spurious summaries list. */
const TOP = 15;

/** The most frequent (type, text) forms among missed or spurious mentions, as one line. */
function frequent(items: readonly ErrorRecord[]): string[] {
  const counts = new Map<string, number>();
  for (const e of items) {
    const m = 'gold' in e ? (e.gold ?? e.pred) : null;
    if (!m) continue;
    const key = `${m.type} ${JSON.stringify(m.text)}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const top = [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0)).slice(0, TOP);
  return [`Most frequent: ${top.map(([k, n]) => `${k} ×${n}`).join(', ')}${counts.size > TOP ? `, … (${counts.size} forms)` : ''}`];
}

function mention(m: MentionRef): string {
  return `${m.type} ${JSON.stringify(m.text)} ${m.start}–${m.end}`;
}

function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}

/** Inline code that survives backticks in the excerpt. */
function code(s: string | null): string {
  if (s === null) return '(no text available)';
  return '`` ' + s.replace(/``/g, '`\u200b`') + ' ``';
}
