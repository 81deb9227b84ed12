/**
 * Random small gazetteers for the pipeline fuzzer: names built from transliteration-prone
 * syllables, with hyphens and particles (Lashkar-e-…, al-…, bin, Abu), acronyms in every shape the
 * compiler knows (TTP, LeJ, I.S., ISK-P) and weak aliases. Entries are made lint-clean by
 * construction: a name whose match key is empty or already claimed by another entry is dropped, so
 * `buildGazetteer` never refuses what this generates.
 */
import fc from 'fast-check';
import type { GazetteerEntry } from '../../src/gazetteer/schema.ts';
import { toAcronymTokens, toMatchKey } from '../../src/text/match-key.ts';

const SYLLABLES = ['ka', 'kha', 'lash', 'kar', 'ta', 'i', 'ba', 'jhang', 'vi', 'qa', 'e', 'da', 'ri', 'az', 'zu', 'ha', 'qi', 'sa', 'ni', 'mu', 'ham', 'mad', 'hiz', 'bul', 'lah', 'ja', 'ish', 'tah', 'rir', 'gha', 'ou', 'ee', 'pa', 'kis', 'tan', 'dh', 'ph', 'wa', 'sh', 'ul', 'o', 'ar', 'ss', 'nn'];
const CONNECTORS = ['-e-', '-i-', '-ul-', ' ul ', ' e ', '-al-', ' al-', ' wal ', ' of the ', ' '];
const PERSON_HEADS = ['Abu ', 'Mullah ', 'Maulana ', 'Hafiz ', 'Mr ', ''];
const PERSON_JOINS = [' bin ', ' ibn ', ' al-', ' ', ' ud-'];

/** One capitalised word of 1–3 syllables ("Jhangvi", "Qaeda", "Ishtah"). */
export const wordArb: fc.Arbitrary<string> = fc
  .array(fc.constantFrom(...SYLLABLES), { minLength: 1, maxLength: 3 })
  .map((s) => s.join(''))
  .map((w) => w[0]!.toUpperCase() + w.slice(1));

/** Arabic-script words, including those inside compatibility ligatures (ﷺ, ﷻ, ﷲ). */
const ARABIC_WORDS = ['\u0627\u0644\u0644\u0647', '\u0639\u0644\u064A\u0647', '\u0648\u0633\u0644\u0645', '\u062C\u0644\u0627\u0644\u0647', '\u062D\u0632\u0628', '\u0644\u0634\u06A9\u0631', '\u0637\u06CC\u0628\u06C1', '\u0627\u0644\u0642\u0627\u0639\u062F\u0629', '\u0635\u0644\u0649'];
const arabicNameArb = fc.array(fc.constantFrom(...ARABIC_WORDS), { minLength: 1, maxLength: 2 }).map((ws) => ws.join(' '));

/** Names with punctuation, titles, non-ASCII Latin letters and marks: what imported lists hold. */
const oddNameArb = fc.oneof(
  wordArb.map((w) => `${w}'s Group`),
  wordArb.map((w) => `St. ${w}`),
  fc.tuple(wordArb, wordArb).map(([a, b]) => `${a}/${b}`),
  fc.tuple(wordArb, wordArb).map(([a, b]) => `${a} & ${b}`),
  fc.tuple(wordArb, wordArb).map(([a, b]) => `${a} (${b})`),
  fc.tuple(wordArb, wordArb).map(([a, b]) => `${a} ${b}`.toUpperCase()),
  wordArb.map((w) => `${w.slice(0, 2)}\u00DF${w.slice(2)}e`),
  wordArb.map((w) => `\u00D8${w.toLowerCase()} \u0131${w.toLowerCase()}`),
  wordArb.map((w) => `${w[0]}\u0301${w.slice(1)} Khan`),
  wordArb.map((w) => `O'${w}`),
  wordArb.map((w) => `Dr. ${w} ${w}i`),
  wordArb.map((w) => `General ${w} Brigade`),
  wordArb.map((w) => `${w} 313`),
  wordArb.map((w) => `${w} Co.`),
  wordArb.map((w) => `L. ${w} Bremer`),
  wordArb.map((w) => `${w}\u2019ite Council`),
  wordArb.map((w) => `${w}\u00A0Front`),
);

const orgNameArb = fc.oneof(
  { weight: 1, arbitrary: arabicNameArb },
  { weight: 2, arbitrary: oddNameArb },
  { weight: 3, arbitrary: fc.tuple(wordArb, fc.constantFrom(...CONNECTORS), wordArb).map(([a, c, b]) => a + c + b) },
  { weight: 3, arbitrary: fc.tuple(fc.constantFrom('al-', 'Al ', 'Jamaat-ud-', 'Tehrik-e-', ''), wordArb, fc.constantFrom('', ' Pakistan', ' Front', ' Brigade', '-Jadeed', ' 313')).map(([a, b, c]) => a + b + c) },
  { weight: 2, arbitrary: fc.tuple(wordArb, wordArb, wordArb).map((w) => w.join(' ')) },
);
const personNameArb = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(fc.constantFrom(...PERSON_HEADS), wordArb, fc.constantFrom(...PERSON_JOINS), wordArb).map(([h, a, j, b]) => h + a + j + b) },
  { weight: 1, arbitrary: oddNameArb },
);
const locNameArb = fc.oneof(wordArb, fc.tuple(wordArb, fc.constantFrom(' Valley', ' Agency', '-Kot', ' Sharif')).map(([a, b]) => a + b));

/** Acronyms: all capitals, mixed case, dotted, hyphenated. */
export const acronymArb: fc.Arbitrary<string> = fc.oneof(
  fc.stringMatching(/^[A-Z]{2,5}$/),
  fc.stringMatching(/^[A-Z][a-z][A-Z]$/),
  fc.stringMatching(/^[A-Z]\.[A-Z]\.$/),
  fc.stringMatching(/^[A-Z]{2,3}-[A-Z]$/),
);

const TYPES = ['ORG', 'PERSON', 'LOC'] as const;
/** Weak aliases drawn from a small pool, so two entities often share one (context decides, or a tie is ambiguous). */
const SHARED_WEAK = ['Jhangvi', 'Haqqani', 'Khorasani', 'Basra'];
/** Id prefixes: curated, or an imported list (imported entries may share strong names). */
const SOURCES = ['', '', '', 'geonames/', 'un/', 'ofac/'];

interface RawEntity {
  source: string;
  /** an earlier entity whose canonical name this one also claims (two towns named alike) */
  borrow: number | null;
  type: (typeof TYPES)[number];
  canonical: string;
  aliases: string[];
  acronyms: string[];
  weak: string[];
  context: string[];
}

const rawEntityArb: fc.Arbitrary<RawEntity> = fc.constantFrom(...TYPES).chain((type) => {
  const name = type === 'ORG' ? orgNameArb : type === 'PERSON' ? personNameArb : locNameArb;
  return fc.record({
    source: fc.constantFrom(...SOURCES),
    borrow: fc.option(fc.nat(7), { freq: 2 }),
    type: fc.constant(type),
    canonical: name,
    aliases: fc.array(name, { maxLength: 2 }),
    acronyms: type === 'PERSON' ? fc.constant([]) : fc.array(acronymArb, { maxLength: 2 }),
    weak: fc.array(fc.oneof(wordArb, fc.constantFrom(...SHARED_WEAK)), { maxLength: 2 }),
    context: fc.array(fc.constantFrom('attack', 'bomb', 'Quetta', 'leader', 'militant'), { maxLength: 1 }),
  });
});

const slug = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'x';

/**
 * Drop names that would make the gazetteer lint refuse the data (empty keys; a strong key held by
 * two curated entries) and give every entry a unique id. Imported entries (un/, ofac/, geonames/)
 * keep names other entries also claim: the compiler and the context rules sort those out.
 */
export function toEntries(raws: RawEntity[]): GazetteerEntry[] {
  const owner = new Map<string, number>();
  const out: GazetteerEntry[] = [];
  raws.forEach((r, i) => {
    const curated = r.source === '';
    const claim = (k: string): boolean => {
      if (!curated) return true;
      const o = owner.get(k);
      if (o !== undefined && o !== i) return false;
      owner.set(k, i);
      return true;
    };
    const canonKey = toMatchKey(r.canonical);
    if (canonKey === '' || !claim(`n:${canonKey}`)) return;
    const borrowed = r.borrow !== null && i > 0 ? [raws[r.borrow % i]!.canonical] : [];
    const aliases = [...r.aliases, ...borrowed].filter((a) => toMatchKey(a) !== '' && claim(`n:${toMatchKey(a)}`));
    const acronyms = r.acronyms.filter((a) => toAcronymTokens(a).length > 0 && claim(`a:${toAcronymTokens(a).join(' ')}`));
    const weak = [...r.weak, ...(r.type === 'PERSON' && i % 2 === 0 ? [r.canonical.split(/[\s-]+/).pop()!] : [])].filter((w) => toMatchKey(w) !== '');
    const e: GazetteerEntry = { id: `${r.source || r.type.toLowerCase() + '/'}${slug(r.canonical)}-${i}`, type: r.type, canonical: r.canonical };
    if (aliases.length) e.aliases = aliases;
    if (acronyms.length) e.acronyms = acronyms;
    if (weak.length) e.weak_aliases = [...new Set(weak)];
    if (r.context.length) e.context = r.context;
    out.push(e);
  });
  return out;
}

/** A lint-clean gazetteer of 1–8 entries. */
export const gazetteerArb: fc.Arbitrary<GazetteerEntry[]> = fc
  .array(rawEntityArb, { minLength: 1, maxLength: 8 })
  .map(toEntries)
  .filter((es) => es.length > 0);

/** Every name of an entry that text may mention (strong and weak). */
export function namesOf(e: GazetteerEntry): { names: string[]; acronyms: string[]; surnames: string[] } {
  const surnames = e.type === 'PERSON' ? [e.canonical, ...(e.aliases ?? [])].map((n) => n.split(/[\s-]+/).pop()!) : [];
  return { names: [e.canonical, ...(e.aliases ?? []), ...(e.weak_aliases ?? [])], acronyms: e.acronyms ?? [], surnames };
}
