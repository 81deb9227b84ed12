/**
 * Shape of a gold file: `{doc_id, sentences: [{start, end}], mentions: [{start, end, text, type,
 * canonical}]}` (CONTRACT.md). Checked by hand so each message names the exact field.
 */
import type { Diagnostic } from '../types/diagnostic.ts';
import type { GoldDoc } from '../types/records.ts';

/**
 * Check that a parsed JSON value has the gold layout.
 * @param raw the parsed file
 * @param file path used in diagnostics
 * @returns the typed document (extra keys dropped, key order fixed) or the list of problems
 */
export function parseGoldShape(raw: unknown, file: string): { doc: GoldDoc } | { diagnostics: Diagnostic[] } {
  const problems: string[] = [];
  const obj = isObject(raw) ? raw : null;
  if (!obj) problems.push('the file must hold one JSON object');
  else {
    if (typeof obj.doc_id !== 'string') problems.push('"doc_id" must be a string');
    if (!Array.isArray(obj.sentences)) problems.push('"sentences" must be an array (may be empty)');
    else obj.sentences.forEach((s, i) => spanProblems(s, `sentences[${i}]`, problems));
    if (!Array.isArray(obj.mentions)) problems.push('"mentions" must be an array');
    else
      obj.mentions.forEach((m, i) => {
        const where = `mentions[${i}]`;
        if (!spanProblems(m, where, problems)) return;
        const rec = m as Record<string, unknown>;
        for (const key of ['text', 'type', 'canonical']) {
          if (typeof rec[key] !== 'string') problems.push(`${where}.${key} must be a string`);
        }
        if (typeof rec.canonical === 'string' && rec.canonical.trim() === '') problems.push(`${where}.canonical must not be empty`);
      });
  }
  if (problems.length > 0 || !obj) {
    return {
      diagnostics: problems.map((message) => ({
        code: 'GOLD_SCHEMA',
        severity: 'fatal',
        stage: 'gold-check',
        file,
        message,
        fix: 'follow the gold layout: {"doc_id", "sentences": [{"start","end"}], "mentions": [{"start","end","text","type","canonical"}]}',
      })),
    };
  }
  const sentences = (obj.sentences as Array<Record<string, number>>).map((s) => ({ start: s.start!, end: s.end! }));
  const mentions = (obj.mentions as Array<Record<string, string & number>>).map((m) => ({
    start: m.start!,
    end: m.end!,
    text: m.text!,
    type: m.type!,
    canonical: m.canonical!,
  }));
  return { doc: { doc_id: obj.doc_id as string, sentences, mentions } };
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Record problems with `{start, end}`; true when both are integers. */
function spanProblems(x: unknown, where: string, problems: string[]): boolean {
  if (!isObject(x)) {
    problems.push(`${where} must be an object`);
    return false;
  }
  let ok = true;
  for (const key of ['start', 'end']) {
    if (!Number.isInteger(x[key])) {
      problems.push(`${where}.${key} must be an integer (found ${JSON.stringify(x[key])})`);
      ok = false;
    }
  }
  return ok;
}
