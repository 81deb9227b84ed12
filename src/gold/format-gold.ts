/**
 * Serialise a gold document in the layout the gold folder uses: fixed key order, one sentence
 * or mention per line, so diffs show one changed label per line.
 */
import type { GoldDoc } from '../types/records.ts';

/**
 * @param doc the document (lists are written in the given order)
 * @returns JSON text ending in a newline
 */
export function formatGoldDoc(doc: GoldDoc): string {
  const sentences = doc.sentences.map((s) => JSON.stringify({ start: s.start, end: s.end }));
  const mentions = doc.mentions.map((m) =>
    JSON.stringify({ start: m.start, end: m.end, text: m.text, type: m.type, canonical: m.canonical }),
  );
  const list = (items: string[]): string => (items.length === 0 ? '[]' : `[\n  ${items.join(',\n  ')}\n ]`);
  return `{"doc_id": ${JSON.stringify(doc.doc_id)},\n "sentences": ${list(sentences)},\n "mentions": ${list(mentions)}}\n`;
}
