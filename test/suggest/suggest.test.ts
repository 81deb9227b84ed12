import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectSuggestions } from '../../src/suggest/collect.ts';
import { acceptSuggestion } from '../../src/suggest/accept.ts';
import { loadGazetteer } from '../../src/gazetteer/load.ts';
import type { MentionRecord } from '../../src/types/records.ts';

const m = (over: Partial<MentionRecord>): MentionRecord => ({ doc_id: 'd', sentence: 0, start: 0, end: 1, text: 'x', type: 'ORG', entity_id: 'org/x', canonical: 'X', method: 'exact', ...over });

describe('suggest: a review queue with evidence', () => {
  const mentions = [
    m({ text: 'Laskhar-i-Jhangvi', method: 'fuzzy', entity_id: 'org/lej', canonical: 'Lashkar-e-Jhangvi', sentence: 0 }),
    m({ text: 'Lashkar-e-Jhangvi', method: 'exact', entity_id: 'org/lej', canonical: 'Lashkar-e-Jhangvi', sentence: 1 }),
    m({ text: 'Jundallah Balochistan', method: 'ner', entity_id: 'ner/org/jundala-balochistan', canonical: 'Jundallah Balochistan', sentence: 1 }),
    m({ doc_id: 'e', text: 'Jundallah Balochistan', method: 'ner', entity_id: 'ner/org/jundala-balochistan', canonical: 'Jundallah Balochistan', sentence: 3 }),
    m({ doc_id: 'e', text: 'Once Only', method: 'ner', entity_id: 'ner/person/once-only', canonical: 'Once Only', type: 'PERSON', sentence: 4 }),
  ];

  it('lists near-miss aliases and repeated unknown entities, with co-occurring known entities', () => {
    const s = collectSuggestions(mentions);
    expect(s.map((x) => [x.kind, x.name])).toEqual([
      ['alias', 'Laskhar-i-Jhangvi'],
      ['entity', 'Jundallah Balochistan'],
    ]);
    expect(s[1]!.count).toBe(2);
    expect(s[1]!.documents).toBe(2);
    expect(s[1]!.cooccurs).toEqual([{ entity_id: 'org/lej', canonical: 'Lashkar-e-Jhangvi', sentences: 1 }]);
    expect(s[0]!.evidence[0]).toMatchObject({ doc_id: 'd', sentence: 0, text: 'Laskhar-i-Jhangvi' });
  });

  it('does not suggest an alias the gazetteer already has', () => {
    const s = collectSuggestions(mentions, { knownKeys: () => new Set(['laskar jhangvi']) });
    expect(s.some((x) => x.kind === 'alias')).toBe(false);
  });

  it('accepting adds the alias to the curated entry and a new entity to accepted.yml, and the result loads', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tz-cur-'));
    writeFileSync(join(dir, 'groups.yml'), '# groups\n- id: org/lej\n  type: ORG\n  canonical: Lashkar-e-Jhangvi\n  acronyms: [LeJ]\n');
    const [alias, entity] = collectSuggestions(mentions);
    acceptSuggestion(alias!, dir);
    acceptSuggestion(entity!, dir);
    expect(readFileSync(join(dir, 'groups.yml'), 'utf8')).toContain('# groups');
    const { gazetteer } = loadGazetteer([dir]);
    const lej = gazetteer.entities.find((e) => e.id === 'org/lej')!;
    expect(lej.names.map((n) => n.text)).toContain('Laskhar-i-Jhangvi');
    expect(gazetteer.entities.map((e) => e.canonical)).toContain('Jundallah Balochistan');
  });
});
