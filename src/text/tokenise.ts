/**
 * Word tokens of a (normalised) text, as stand-off spans. Used on gazetteer names and on article
 * text alike, so both sides of a match are cut the same way.
 *
 * A token is a run of letters, marks and digits with inner apostrophes ("Qa'eda"), or a dotted
 * abbreviation of single letters ("U.S.", "I.S.", "a.k.a."). Hyphens, slashes and punctuation
 * separate tokens. A possessive "'s" / "’s" is split off and dropped.
 */
export interface Token {
  start: number;
  end: number;
  /** The exact slice `text.slice(start, end)`. */
  surface: string;
}

const TOKEN_RE = /(?:\p{L}\.){2,}|[\p{L}\p{M}\p{N}]+(?:['’ʼʿʾ`][\p{L}\p{M}\p{N}]+)*/gu;
const POSSESSIVE_RE = /['’ʼ][sS]$/;

/**
 * Cut `text` into word tokens.
 * @param text any string
 * @returns tokens in order; `text.slice(t.start, t.end) === t.surface`
 */
export function tokenise(text: string): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    let surface = m[0];
    let end = m.index + surface.length;
    if (surface.length > 2 && POSSESSIVE_RE.test(surface)) {
      surface = surface.slice(0, -2);
      end -= 2;
    }
    out.push({ start: m.index, end, surface });
  }
  return out;
}
