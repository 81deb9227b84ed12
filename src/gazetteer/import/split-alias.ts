/**
 * Split one alias value of a list into the names it holds. The UN writes several names in one value:
 * `Hay’at Tahrir al-Sham (HTS) (هيئة تحرير الشام (original script); Hay’et Tahrir al-Sham; …)`.
 */
import { cleanName, hasNonLatinLetter, isLatinName } from './script.ts';

/** One name found in an alias value. */
export interface AliasPart {
  value: string;
  /** True when the name stood inside parentheses (a variant or acronym of the outer name). */
  inParens: boolean;
}

/** The result of splitting: names to keep and fragments dropped, with the reason. */
export interface SplitResult {
  parts: AliasPart[];
  dropped: { value: string; reason: 'non-latin' | 'note' | 'title' }[];
}

/** Parenthesised remarks that are not names. */
const NOTE = /original script|birth name|combat name|previously listed|listed as|^third$|\bborn\b|passport|identity|identification|date of|\d{3,}/i;
/** A lone title in parentheses, as in `(Sheikh) Musa Hilal`. */
const TITLE = /^(sheikh|shaykh|sheik|dr\.?|mullah|mulla|maulana|maulvi|mawlawi|haji|hajji|mufti|qari|hafiz|imam|commander)$/i;

interface Chunk {
  text: string;
  depth: number;
}

/**
 * Cut text into top-level text (groups replaced by a space, so `QODS (JERUSALEM) FORCE` keeps
 * `QODS FORCE`) and parenthesised groups; an unmatched `)` acts as a `;` separator.
 */
function chunkParens(text: string): Chunk[] {
  const chunks: Chunk[] = [];
  let depth = 0;
  let buf = '';
  let outside = '';
  for (const ch of text) {
    if (ch === '(') {
      if (depth > 0) buf += ch;
      depth++;
    } else if (ch === ')') {
      if (depth === 0) {
        outside += ';';
        continue;
      }
      depth--;
      if (depth > 0) buf += ch;
      else {
        chunks.push({ text: buf, depth: 1 });
        buf = '';
        outside += ' ';
      }
    } else if (depth > 0) buf += ch;
    else outside += ch;
  }
  if (depth > 0 && buf.trim() !== '') chunks.push({ text: buf, depth: 1 });
  chunks.unshift({ text: outside, depth: 0 });
  return chunks;
}

/**
 * Split an alias value on `;`, ` / `, enumerators (`b) `) and parentheses, recursively.
 * @param raw the alias value as the list writes it
 * @returns Latin-script names in source order, plus dropped fragments (non-Latin, notes, lone titles)
 * Note: `original script: X` loses its label and X is then judged by script like any other part.
 */
export function splitAliasValue(raw: string): SplitResult {
  const result: SplitResult = { parts: [], dropped: [] };
  const walk = (text: string, inParens: boolean): void => {
    const prepared = text.replace(/(^|[\s;])[a-z]\)\s+/g, '$1; ').replace(/\s\/\s/g, ';');
    for (const chunk of chunkParens(prepared)) {
      if (chunk.depth === 0) {
        for (const piece of chunk.text.split(';')) {
          const value = cleanName(
            piece
              .replace(/^original script:\s*/i, '')
              .replace(/,?\s*\bborn\b.*$/i, '')
              .replace(/\s+[-–]\s+sub-unit name$/i, ''),
          );
          if (value === '') continue;
          if (isLatinName(value)) {
            result.parts.push({ value, inParens });
            continue;
          }
          // A Latin name followed by its original script in the same part: keep the Latin words.
          const latin = cleanName(value.split(' ').filter((w) => !hasNonLatinLetter(w)).join(' '));
          const other = cleanName(value.split(' ').filter((w) => hasNonLatinLetter(w)).join(' '));
          result.dropped.push({ value: latin !== '' && isLatinName(latin) ? other : value, reason: 'non-latin' });
          if (latin !== '' && isLatinName(latin)) result.parts.push({ value: latin, inParens });
        }
        continue;
      }
      const inner = chunk.text.trim();
      if (inner === '') continue;
      if (NOTE.test(inner) && !/^original script:/i.test(inner) && !inner.includes(';')) {
        result.dropped.push({ value: cleanName(inner), reason: 'note' });
      } else if (TITLE.test(inner)) {
        result.dropped.push({ value: inner, reason: 'title' });
      } else walk(inner, true);
    }
  };
  walk(raw.normalize('NFC').replace(/\s+/g, ' '), false);
  return result;
}
