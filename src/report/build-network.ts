import type { MentionRecord, RelationRecord } from '../types/records.ts';
import { compareCodeUnits, mostFrequent } from './compare.ts';
import type { EdgeRow, Network, NodeRow } from './types.ts';

interface NodeAcc {
  canonicals: Map<string, number>;
  types: Map<string, number>;
  mentions: number;
  docs: Set<string>;
  aliases: Set<string>;
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/**
 * Fold mentions into one row per entity and relations into one row per pair.
 * @param mentions records of mentions.jsonl
 * @param relations records of relations.jsonl
 * @returns nodes sorted by id, edges sorted by (source, target), and warnings
 * Note: `canonical` and `type` are the most frequent values among an entity's mentions (ties by
 * code-unit order). A relation naming an entity with no mention gets a placeholder node (type '',
 * 0 mentions) and a warning, so every edge has both ends. A pair listed twice is merged (counts
 * added) with a warning. A pair given as target > source is put in order.
 */
export function buildNetwork(mentions: readonly MentionRecord[], relations: readonly RelationRecord[]): Network {
  const warnings: string[] = [];
  const acc = new Map<string, NodeAcc>();
  for (const m of mentions) {
    let a = acc.get(m.entity_id);
    if (!a) {
      a = { canonicals: new Map(), types: new Map(), mentions: 0, docs: new Set(), aliases: new Set() };
      acc.set(m.entity_id, a);
    }
    bump(a.canonicals, m.canonical);
    bump(a.types, m.type);
    a.mentions += 1;
    a.docs.add(m.doc_id);
    a.aliases.add(m.text);
  }

  const nodes = new Map<string, NodeRow>();
  for (const [id, a] of acc) {
    nodes.set(id, {
      id,
      canonical: mostFrequent(a.canonicals),
      type: mostFrequent(a.types),
      mentions: a.mentions,
      documents: a.docs.size,
      aliases: [...a.aliases].sort(compareCodeUnits),
    });
  }

  const edges = new Map<string, EdgeRow>();
  for (const r of relations) {
    const [source, target] = compareCodeUnits(r.source, r.target) <= 0 ? [r.source, r.target] : [r.target, r.source];
    const [sourceName, targetName] =
      source === r.source ? [r.source_canonical, r.target_canonical] : [r.target_canonical, r.source_canonical];
    for (const [id, name] of [
      [source, sourceName],
      [target, targetName],
    ] as const) {
      if (nodes.has(id)) continue;
      warnings.push(`relation ${source} — ${target} names entity '${id}', which has no mention; added a placeholder node`);
      nodes.set(id, { id, canonical: name ?? id, type: '', mentions: 0, documents: 0, aliases: [] });
    }
    const docIds = r.evidence.map((e) => e.doc_id).sort(compareCodeUnits);
    const key = `${source}\u0000${target}`;
    const prev = edges.get(key);
    const first = docIds[0] ?? '';
    const last = docIds[docIds.length - 1] ?? '';
    if (prev) {
      warnings.push(`relation ${source} — ${target} is listed more than once; counts were added`);
      prev.sentences += r.sentences;
      prev.documents += r.documents;
      if (first !== '' && (prev.first_doc === '' || compareCodeUnits(first, prev.first_doc) < 0)) prev.first_doc = first;
      if (compareCodeUnits(last, prev.last_doc) > 0) prev.last_doc = last;
      continue;
    }
    edges.set(key, {
      source,
      target,
      source_canonical: nodes.get(source)!.canonical,
      target_canonical: nodes.get(target)!.canonical,
      sentences: r.sentences,
      documents: r.documents,
      first_doc: first,
      last_doc: last,
    });
  }

  return {
    nodes: [...nodes.values()].sort((x, y) => compareCodeUnits(x.id, y.id)),
    edges: [...edges.values()].sort(
      (x, y) => compareCodeUnits(x.source, y.source) || compareCodeUnits(x.target, y.target),
    ),
    warnings,
  };
}
