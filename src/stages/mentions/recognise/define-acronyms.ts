/**
 * Acronyms defined in the text: "Full Name (ACR)". When the initials of the long form spell the
 * acronym ("Tehreek-e-Nafaz-e-Shariat-e-Mohammadi (TNSM)", "IS Khorasan Province (ISK-P)",
 * "Islamic State in Iraq and Syria (ISIS)"), the long form and every occurrence of the acronym in
 * the document are proposed, as LOC when the long form ends in a place noun ("Areas", "Territory"),
 * else as ORG.
 */
import { lc, type Context } from './context.ts';
import type { CandidateType, Proposal, Token } from './types.ts';

const SMALL = new Set(['of', 'in', 'and', 'the', 'for', 'on', 'e', 'i', 'ul', 'ut', 'ud', 'ur', 'us', 'al', 'el', 'wal', 'o', 'a', 'de', 'da', 'an']);
const MAX_BACK = 16;
/** Last words of a long form that make it a place ("Federally Administered Tribal Areas (FATA)"). */
const PLACE_HEADS = new Set(['areas', 'area', 'territory', 'territories', 'region', 'regions', 'valley', 'district']);

/** Does the sequence of words spell `letters` by initials (connectors may add or skip a letter)? */
function spells(letters: string, words: Token[]): boolean {
  const go = (li: number, pi: number): boolean => {
    if (pi === words.length) return li === letters.length;
    const w = words[pi].surface;
    const small = !words[pi].cap && SMALL.has(w.toLowerCase());
    if (small && go(li, pi + 1)) return true;
    const max = words[pi].upper ? w.replace(/\./g, '').length : 1;
    const plain = w.replace(/\./g, '');
    for (let k = 1; k <= max && li + k <= letters.length; k += 1) {
      if (plain.slice(0, k).toLowerCase() === letters.slice(li, li + k).toLowerCase() && go(li + k, pi + 1)) return true;
    }
    return false;
  };
  return go(0, 0);
}

/** Token index of the acronym's ")" when tokens[i] is "(" followed by an acronym, else -1. */
function acronymAt(ctx: Context, i: number): number {
  const { tokens } = ctx;
  let j = i + 1;
  while (j < tokens.length && j - i <= 6 && tokens[j].surface !== ')') {
    if (j > i + 1 && tokens[j].gapBefore !== '') return -1;
    if (tokens[j].kind === 'punct' && tokens[j].surface !== '-') return -1;
    j += 1;
  }
  if (j >= tokens.length || tokens[j].surface !== ')' || j === i + 1) return -1;
  const surface = ctx.text.slice(tokens[i + 1].start, tokens[j - 1].end);
  const letters = surface.replace(/[-.]/g, '');
  const uppers = (letters.match(/\p{Lu}/gu) ?? []).length;
  if (letters.length < 2 || letters.length > 8 || uppers < 2 || uppers * 2 < letters.length) return -1;
  if (ctx.lex.notOrgAcronyms.has(surface) && !ctx.lex.placeAcronyms.has(surface)) return -1;
  return j;
}

/** Where the long form starts, or -1: the farthest capitalised word before "(" whose run spells it. */
function longFormStart(ctx: Context, open: number, letters: string): number {
  const { tokens } = ctx;
  const words: Array<{ t: Token; i: number }> = [];
  for (let k = open - 1; k >= 0 && open - k <= MAX_BACK; k -= 1) {
    const t = tokens[k];
    if (t.taken || t.sentence !== tokens[open].sentence || tokens[k + 1].gapBefore.includes('\n')) break;
    if (t.kind === 'word') {
      if (!t.cap && !SMALL.has(lc(t))) break;
      words.unshift({ t, i: k });
    } else if (t.surface !== '-') break;
  }
  let best = -1;
  for (let s = 0; s < words.length; s += 1) {
    if (!words[s].t.cap || (ctx.lex.closedClass.has(lc(words[s].t)) && !words[s].t.upper)) continue;
    if (spells(letters, words.slice(s).map((w) => w.t))) { best = words[s].i; break; }
  }
  return best;
}

/**
 * Find acronym definitions and propose long forms and acronym occurrences.
 * @param ctx the document context
 * @param typeEndingAt the type the chunk rules gave to a name ending at a token, if any (a loose definition:
 *   "Tehrik-e Taliban (TTP)" types TTP like the name before it even when the initials do not spell it)
 * @returns proposals (cue 'acronym-defined')
 */
export function defineAcronyms(ctx: Context, typeEndingAt: (last: number) => CandidateType | undefined): Proposal[] {
  const out: Proposal[] = [];
  const { tokens } = ctx;
  const defined = new Map<string, CandidateType>();
  for (let i = 1; i < tokens.length; i += 1) {
    if (tokens[i].surface !== '(') continue;
    const close = acronymAt(ctx, i);
    if (close < 0) continue;
    const surface = ctx.text.slice(tokens[i + 1].start, tokens[close - 1].end);
    const letters = surface.replace(/[-.]/g, '');
    const start = longFormStart(ctx, i, letters);
    if (start >= 0) {
      const longWords = tokens.slice(start, i).filter((t) => t.kind === 'word');
      const place = ctx.lex.placeAcronyms.has(surface) || (PLACE_HEADS.has(lc(tokens[i - 1])) && !longWords.some((t) => t.upper));
      const type: CandidateType = place ? 'LOC' : 'ORG';
      out.push({ first: start, last: i - 1, type, cue: 'acronym-defined', score: 0.95 });
      if (!defined.has(surface)) defined.set(surface, type);
      continue;
    }
    const loose = typeEndingAt(i - 1);
    if (loose === 'ORG' && !defined.has(surface)) defined.set(surface, 'ORG');
  }
  for (const [surface, type] of defined) {
    for (let k = 0; k < tokens.length; k += 1) {
      if (tokens[k].taken || !ctx.text.startsWith(surface, tokens[k].start)) continue;
      if (k > 0 && tokens[k].gapBefore === '' && tokens[k - 1].kind === 'word') continue;
      let e = k;
      while (e < tokens.length && tokens[e].end < tokens[k].start + surface.length) e += 1;
      if (e >= tokens.length || tokens[e].end !== tokens[k].start + surface.length) continue;
      const nxt = tokens[e + 1];
      if (nxt && nxt.gapBefore === '' && nxt.kind === 'word') continue;
      if (nxt && nxt.gapBefore === '' && nxt.surface === '-' && tokens[e + 2]?.cap) continue;
      out.push({ first: k, last: e, type, cue: 'acronym-defined', score: 0.85 });
    }
  }
  return out;
}
