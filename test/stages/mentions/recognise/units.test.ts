import { describe, expect, it } from 'vitest';
import { buildChunks } from '../../../../src/stages/mentions/recognise/build-chunks.ts';
import { createContext } from '../../../../src/stages/mentions/recognise/context.ts';
import { defineAcronyms } from '../../../../src/stages/mentions/recognise/define-acronyms.ts';
import { loadLexicon } from '../../../../src/stages/mentions/recognise/lexicon.ts';
import { markBlocked, markHeadlines } from '../../../../src/stages/mentions/recognise/mark-lines.ts';
import { selectProposals } from '../../../../src/stages/mentions/recognise/select.ts';
import { assignSentences, tokenise } from '../../../../src/stages/mentions/recognise/tokenise.ts';
import type { Proposal } from '../../../../src/stages/mentions/recognise/types.ts';

function context(text: string, taken: Array<[number, number]> = []) {
  const tokens = tokenise(text);
  assignSentences(tokens, [[0, text.length]]);
  markBlocked(tokens, { text, sentences: [[0, text.length]], taken });
  const ctx = createContext(text, tokens, loadLexicon());
  markHeadlines(tokens, ctx.lex);
  return ctx;
}

describe('tokenise', () => {
  it('keeps offsets, splits possessives and hyphens, keeps dotted abbreviations and inner apostrophes', () => {
    const text = "Al Qa'eda's I.S. cell met Lashkar-e-Taiba's chief.";
    const tokens = tokenise(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.surface);
    expect(tokens.map((t) => t.surface)).toEqual(["Al", "Qa'eda", "'s", 'I.S.', 'cell', 'met', 'Lashkar', '-', 'e', '-', 'Taiba', "'s", 'chief', '.']);
    expect(tokens.find((t) => t.surface === 'I.S.')?.upper).toBe(true);
    expect(tokens.find((t) => t.surface === 'e')?.gapBefore).toBe('');
  });

  it('marks sentence-initial words, also after an opening quote', () => {
    const text = 'He left. "Later they came," she said.';
    const tokens = tokenise(text);
    assignSentences(tokens, [[0, 9], [9, text.length]]);
    expect(tokens.filter((t) => t.sentenceStart).map((t) => t.surface)).toEqual(['He', 'Later', 'she']);
  });
});

describe('mark-lines', () => {
  it('marks Title Case lines as headlines but not bylines or prose', () => {
    const ctx = context('Gunmen Storm Hotel In Capital\nBy Saima Jabeen\nGunmen stormed a hotel in the capital.');
    const heads = new Set(ctx.tokens.filter((t) => t.headline).map((t) => t.surface));
    expect(heads.has('Storm')).toBe(true);
    expect(heads.has('Saima')).toBe(false);
    expect(heads.has('stormed')).toBe(false);
  });

  it('blocks handles, URLs and taken spans', () => {
    const text = 'See @TTP_Media and www.example.com/Jaish or Mir Ali.';
    const ctx = context(text, [[text.indexOf('Mir'), text.indexOf('Mir') + 3]]);
    const blocked = ctx.tokens.filter((t) => t.taken).map((t) => t.surface);
    expect(blocked).toEqual(expect.arrayContaining(['TTP_Media'.split('_')[0], 'Jaish', 'Mir']));
    expect(blocked).not.toContain('Ali');
  });
});

describe('build-chunks', () => {
  const chunkTexts = (text: string): string[] => {
    const ctx = context(text);
    return buildChunks(ctx).map((c) => text.slice(ctx.tokens[c.first].start, ctx.tokens[c.last].end));
  };

  it('glues hyphen and space connectors, and initials', () => {
    expect(chunkTexts('He met Ahle Sunnat Wal Jamaat and Tehrik-e Taliban men and L. Paul Bremer.'))
      .toEqual(['Ahle Sunnat Wal Jamaat', 'Tehrik-e Taliban', 'L. Paul Bremer']);
  });

  it('cuts at titles (kept aside), cut-honorifics and acronyms; drops initial common words', () => {
    const ctx = context('Earlier US Defence Secretary Donald Rumsfeld met Taliban Mullah Omar and AQI Emir Abu Ayyub.');
    const chunks = buildChunks(ctx).map((c) => [ctx.text.slice(ctx.tokens[c.first].start, ctx.tokens[c.last].end), c.title ?? '']);
    expect(chunks).toEqual([['US', ''], ['Donald Rumsfeld', 'Defence Secretary'], ['Taliban', ''], ['Mullah Omar', ''],
      ['AQI', ''], ['Abu Ayyub', 'Emir']]);
  });

  it('stops at a hyphen followed by a lower-case word', () => {
    expect(chunkTexts('A Syria-based cell and the ISK-P-controlled districts.')).toEqual(['Syria', 'ISK-P']);
  });
});

describe('define-acronyms', () => {
  it('finds long forms whose initials spell the acronym, with connectors and acronym parts', () => {
    const text = 'Both the Lashkar-e-Taiba (LeT) and IS Khorasan Province (ISK-P) denied it; LeT later spoke.';
    const ctx = context(text);
    const found = defineAcronyms(ctx, () => undefined).map((p) => text.slice(ctx.tokens[p.first].start, ctx.tokens[p.last].end));
    expect(found).toEqual(['Lashkar-e-Taiba', 'IS Khorasan Province', 'LeT', 'LeT', 'ISK-P']);
  });

  it('types a loose definition like the name before it, and a place long form as LOC', () => {
    const text = 'The Tehrik-e Taliban (TTP) struck the Federally Administered Tribal Areas (FATA).';
    const ctx = context(text);
    const out = defineAcronyms(ctx, (last) => (ctx.tokens[last].surface === 'Taliban' ? 'ORG' : undefined))
      .map((p) => [text.slice(ctx.tokens[p.first].start, ctx.tokens[p.last].end), p.type]);
    expect(out).toEqual(expect.arrayContaining([['TTP', 'ORG'], ['Federally Administered Tribal Areas', 'LOC']]));
  });

  it('ignores brackets that hold no acronym', () => {
    const ctx = context('The Army of Mohammed (Mohammed’s Army) and the fighters (UK) left.');
    expect(defineAcronyms(ctx, () => undefined)).toEqual([]);
  });
});

describe('select', () => {
  const p = (first: number, last: number, score: number, cue = 'x'): Proposal => ({ first, last, score, cue, type: 'ORG' });

  it('prefers the higher score, then the longer span, then the leftmost', () => {
    expect(selectProposals([p(0, 1, 0.6), p(1, 3, 0.9)])).toEqual([p(1, 3, 0.9)]);
    expect(selectProposals([p(0, 1, 0.9), p(0, 3, 0.9)])).toEqual([p(0, 3, 0.9)]);
    expect(selectProposals([p(2, 3, 0.9), p(0, 1, 0.9), p(1, 2, 0.9)])).toEqual([p(0, 1, 0.9), p(2, 3, 0.9)]);
  });

  it('breaks the last tie by rule order', () => {
    expect(selectProposals([p(0, 1, 0.9, 'first'), p(0, 1, 0.9, 'second')])).toEqual([p(0, 1, 0.9, 'first')]);
  });
});

describe('lexicon data', () => {
  it('loads every word list once, non-empty and lower-cased where promised', () => {
    const lex = loadLexicon();
    expect(loadLexicon()).toBe(lex);
    for (const [name, value] of Object.entries(lex)) {
      if (value instanceof Set) {
        expect(value.size, name).toBeGreaterThan(0);
        if (name !== 'notOrgAcronyms' && name !== 'placeAcronyms') for (const w of value) expect(w, name).toBe(w.toLowerCase());
      }
    }
    expect(lex.firstNames.has('donald')).toBe(true);
    expect(lex.countries.has('pakistan')).toBe(true);
  });
});
