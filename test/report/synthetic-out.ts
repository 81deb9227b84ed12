/**
 * A synthetic pipeline output of a few thousand entities, to check the report stays usable at
 * that size. Deterministic (seeded), written to a folder the caller owns.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createPrng } from '../../src/baselines/synthetic/prng.ts';
import { join } from 'node:path';

/** Small seeded PRNG (mulberry32). */
function rng(seed: number): () => number {
  return createPrng(seed).next; // the project's one mulberry32
}

/**
 * Write documents/sentences/mentions/relations.jsonl for `entities` entities into `dir`.
 * @returns counts written
 */
export function writeSyntheticOut(dir: string, entities = 3000, docs = 800): { mentions: number; relations: number } {
  mkdirSync(dir, { recursive: true });
  const rand = rng(42);
  const types = ['ORG', 'PERSON', 'LOC', 'EVENT'];
  const pick = (): number => Math.min(entities - 1, Math.floor(Math.pow(rand(), 2.2) * entities)); // skewed
  const docLines: string[] = [];
  const sentenceLines: string[] = [];
  const mentionLines: string[] = [];
  const pairs = new Map<string, { s: string; t: string; ev: Array<{ doc_id: string; sentence: number }> }>();
  const id = (e: number) => `ent:${String(e).padStart(5, '0')}`;
  for (let d = 0; d < docs; d++) {
    const doc_id = `synthetic/${String(d).padStart(4, '0')}`;
    let text = '';
    for (let s = 0; s < 8; s++) {
      const chosen = [...new Set(Array.from({ length: 1 + Math.floor(rand() * 3) }, pick))];
      const start = text.length;
      const parts: string[] = [];
      const spans: Array<[number, number, number]> = [];
      let at = start;
      for (const e of chosen) {
        const name = `Entity ${e}`;
        const lead = parts.length === 0 ? 'Reports say ' : ' met ';
        at += lead.length;
        spans.push([at, at + name.length, e]);
        parts.push(lead + name);
        at += name.length;
      }
      const sentence = parts.join('') + ' near the border.';
      text += (s > 0 ? ' ' : '') + sentence;
      const sStart = s > 0 ? start + 1 : start;
      sentenceLines.push(JSON.stringify({ doc_id, index: s, start: sStart, end: sStart + sentence.length, text: sentence, paragraph: 0 }));
      for (const [a, b, e] of spans) {
        const shift = s > 0 ? 1 : 0;
        mentionLines.push(
          JSON.stringify({
            doc_id, sentence: s, start: a + shift, end: b + shift, text: `Entity ${e}`,
            type: types[e % types.length], entity_id: id(e), canonical: `Entity ${e}`, method: 'exact',
          }),
        );
      }
      const ids = chosen.map(id).sort();
      for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) {
        const key = `${ids[i]} ${ids[j]}`;
        const p = pairs.get(key) ?? { s: ids[i]!, t: ids[j]!, ev: [] };
        p.ev.push({ doc_id, sentence: s });
        pairs.set(key, p);
      }
    }
    docLines.push(JSON.stringify({ doc_id, chars: text.length, sha256: '0', text, offsets: [[0, 0, 1]], cruft: [] }));
  }
  const relationLines = [...pairs.values()].map((p) =>
    JSON.stringify({ source: p.s, target: p.t, sentences: p.ev.length, documents: new Set(p.ev.map((e) => e.doc_id)).size, evidence: p.ev }),
  );
  const write = (name: string, lines: string[]) => writeFileSync(join(dir, name), lines.join('\n') + '\n');
  write('documents.jsonl', docLines);
  write('sentences.jsonl', sentenceLines);
  write('mentions.jsonl', mentionLines);
  write('relations.jsonl', relationLines);
  return { mentions: mentionLines.length, relations: relationLines.length };
}
