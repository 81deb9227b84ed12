import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadGazetteer } from '../../src/gazetteer/load.ts';
import { TanzeemError } from '../../src/types/diagnostic.ts';
import { TINY_GAZETTEER } from '../helpers.ts';

function gazFile(name: string, body: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'tz-gaz-'));
  writeFileSync(join(dir, name), body);
  return dir;
}

function fatalOf(dir: string): string {
  try {
    loadGazetteer([dir]);
  } catch (err) {
    expect(err).toBeInstanceOf(TanzeemError);
    return (err as TanzeemError).message;
  }
  throw new Error('expected the gazetteer to be rejected');
}

describe('loadGazetteer rejects malformed data before any document is read', () => {
  it('bad YAML names file and line', () => {
    const msg = fatalOf(gazFile('bad.yml', '- id: org/a\n  type: ORG\n  canonical: [unclosed\n'));
    expect(msg).toMatch(/bad\.yml:\d+: \[GAZETTEER_YAML\]/);
  });
  it('a missing id names the entry line and the fix', () => {
    const msg = fatalOf(gazFile('g.yml', '- id: org/a\n  type: ORG\n  canonical: A Group\n- type: ORG\n  canonical: B Group\n'));
    expect(msg).toMatch(/g\.yml:4: \[GAZETTEER_SCHEMA\] id/);
    expect(msg).toContain('fix:');
  });
  it('a duplicate id points at the first definition', () => {
    const msg = fatalOf(gazFile('g.yml', '- id: org/a\n  type: ORG\n  canonical: A Group\n- id: org/a\n  type: ORG\n  canonical: Other Group\n'));
    expect(msg).toContain('[GAZETTEER_DUPLICATE_ID]');
    expect(msg).toContain('already defined at');
  });
  it('a name claimed by two curated entities with no rule deciding it is an error', () => {
    const msg = fatalOf(gazFile('g.yml', '- id: org/a\n  type: ORG\n  canonical: Lashkar-e-Jhangvi\n- id: org/b\n  type: ORG\n  canonical: Other\n  aliases: [Lashkar-i-Jhangvi]\n'));
    expect(msg).toContain('[GAZETTEER_KEY_COLLISION]');
    expect(msg).toContain('weak_alias');
  });
  it('a YAML alias bomb ("billion laughs") is rejected within the stated limit', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 12; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)}]`);
    const msg = fatalOf(gazFile('bomb.yml', lines.join('\n') + '\n'));
    expect(msg).toMatch(/GAZETTEER_(LIMIT|SCHEMA)/);
  });
  it('a bad JSONL line names the line', () => {
    const msg = fatalOf(gazFile('x.jsonl', '{"id":"un/QDe.1","type":"ORG","canonical":"A"}\n{oops\n'));
    expect(msg).toMatch(/x\.jsonl:2: \[JSONL_PARSE\]/);
  });
});

describe('loadGazetteer merges one entity listed by several sources', () => {
  it('an imported record with the same canonical key joins the curated entity, keeping its source', () => {
    const dir = gazFile('a.yml', '- id: org/lej\n  type: ORG\n  canonical: Lashkar-e-Jhangvi\n');
    writeFileSync(join(dir, 'un.jsonl'), JSON.stringify({ id: 'un/QDe.096', type: 'ORG', canonical: 'Lashkar I Jhangvi', acronyms: ['LJ'], sources: [{ source: 'un', ref: 'QDe.096' }] }) + '\n');
    const { gazetteer } = loadGazetteer([dir]);
    expect(gazetteer.entities.map((e) => e.id)).toEqual(['org/lej']);
    const e = gazetteer.entities[0]!;
    expect(e.members).toEqual(['org/lej', 'un/QDe.096']);
    expect(e.sources.map((s) => s.source)).toContain('un');
    expect(e.names.some((n) => n.text === 'LJ' && n.kind === 'acronym')).toBe(true);
    expect(gazetteer.idOf.get('un/QDe.096')).toBe('org/lej');
  });
  it('never_merge keeps a faction apart even when an import names them alike', () => {
    const { gazetteer } = loadGazetteer([TINY_GAZETTEER]);
    const ids = gazetteer.entities.map((e) => e.id);
    expect(ids).toContain('org/lashkar-e-jhangvi');
    expect(ids).toContain('org/lashkar-e-jhangvi-al-alami');
  });
  it('the version changes when the data changes', () => {
    const a = loadGazetteer([gazFile('a.yml', '- id: org/a\n  type: ORG\n  canonical: A Group\n')]).gazetteer.version;
    const b = loadGazetteer([gazFile('a.yml', '- id: org/a\n  type: ORG\n  canonical: B Group\n')]).gazetteer.version;
    expect(a).not.toBe(b);
  });
});
