/**
 * Word lists of the recogniser, compiled once: the JSON files under data/ and the single-word
 * classes of compromise's English lexicon (first names, countries, cities, common words).
 */
import nlp from 'compromise';
import particles from './data/name-particles.json' with { type: 'json' };
import titles from './data/titles.json' with { type: 'json' };
import groupShape from './data/group-shape.json' with { type: 'json' };
import places from './data/places.json' with { type: 'json' };
import nonEntities from './data/non-entities.json' with { type: 'json' };
import media from './data/media.json' with { type: 'json' };
import institutions from './data/institutions.json' with { type: 'json' };
import closedClass from './data/closed-class.json' with { type: 'json' };
import acronyms from './data/acronyms.json' with { type: 'json' };
import cues from './data/cues.json' with { type: 'json' };

/** Lower-cased word sets, except `notOrgAcronyms` and `placeAcronyms`, which keep their case. */
export interface Lexicon {
  honorifics: Set<string>;
  /** Honorifics that start a new name even inside a capitalised run ("Taliban | Mullah Omar"). */
  cutHonorifics: Set<string>;
  particles: Set<string>;
  articleParticles: Set<string>;
  connectors: Set<string>;
  spaceConnectors: Set<string>;
  prophetNames: Set<string>;
  titles: Set<string>;
  offices: Set<string>;
  roles: Set<string>;
  groupPrefixes: Set<string>;
  orgHeads: Set<string>;
  weakOrgHeads: Set<string>;
  armyModifiers: Set<string>;
  orgAdjectives: Set<string>;
  placeSuffixes: Set<string>;
  strongPlaceSuffixes: Set<string>;
  placeOfNouns: Set<string>;
  placePrepositions: Set<string>;
  compass: Set<string>;
  compassAdjectives: Set<string>;
  /** Endings of South and Central Asian place names (-abad, -pur, -kot, -istan...). */
  placeEndings: RegExp;
  /** Words that make a place name in the region ("Datta Khel", "Qila Saifullah"). */
  placeNameWords: Set<string>;
  /** World regions and border lines (lower-cased, spaces for hyphens). */
  regions: Set<string>;
  /** Upper-case short forms of places (FATA, KP, US); case kept. */
  placeAcronyms: Set<string>;
  demonyms: Set<string>;
  sects: Set<string>;
  religious: Set<string>;
  calendar: Set<string>;
  generic: Set<string>;
  mediaWords: Set<string>;
  mediaOutlets: Set<string>;
  institutionHeads: Set<string>;
  stateWords: Set<string>;
  closedClass: Set<string>;
  notOrgAcronyms: Set<string>;
  groupNouns: Set<string>;
  memberNouns: Set<string>;
  militantAdjectives: Set<string>;
  claimVerbs: Set<string>;
  speechVerbs: Set<string>;
  namingWords: Set<string>;
  leaderVerbs: Set<string>;
  /** From compromise: given names. */
  firstNames: Set<string>;
  /** From compromise: family names. */
  lastNames: Set<string>;
  /** From compromise: country names (may be several words). */
  countries: Set<string>;
  /** From compromise: cities, regions and other places (may be several words). */
  places: Set<string>;
  /** From compromise: common English words (nouns, verbs, adjectives, adverbs) that are not names. */
  commonWords: Set<string>;
}

const lower = (words: readonly string[]): Set<string> => new Set(words.map((w) => w.toLowerCase()));

const NAME_TAGS = new Set(['MaleName', 'FemaleName', 'FirstName', 'LastName', 'Person', 'Place', 'City',
  'Country', 'Region', 'ProperNoun', 'Organization', 'Demonym', 'SportsTeam', 'Honorific']);
const COMMON_TAGS = new Set(['Adjective', 'Noun', 'Singular', 'Plural', 'Uncountable', 'Actor', 'PastTense',
  'PresentTense', 'Infinitive', 'Gerund', 'Adverb', 'Comparative', 'Superlative', 'Participle', 'Expression',
  'Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'Modal', 'Unit', 'Duration']);

interface CompromiseModel { one: { lexicon: Record<string, string | string[]> } }

function compromiseClasses(): Pick<Lexicon, 'firstNames' | 'lastNames' | 'countries' | 'places' | 'commonWords'> & { demonyms: string[] } {
  const model = (nlp as unknown as { model(): CompromiseModel }).model();
  const out = { firstNames: new Set<string>(), lastNames: new Set<string>(), countries: new Set<string>(),
    places: new Set<string>(), commonWords: new Set<string>(), demonyms: [] as string[] };
  for (const [word, tag] of Object.entries(model.one.lexicon)) {
    const tags = Array.isArray(tag) ? tag : [tag];
    if (tags.some((t) => t === 'MaleName' || t === 'FemaleName' || t === 'FirstName')) out.firstNames.add(word);
    if (tags.includes('LastName')) out.lastNames.add(word);
    if (tags.includes('Country')) out.countries.add(word);
    if (tags.some((t) => t === 'City' || t === 'Place' || t === 'Region')) out.places.add(word);
    if (tags.includes('Demonym')) out.demonyms.push(word);
    if (tags.some((t) => COMMON_TAGS.has(t)) && !tags.some((t) => NAME_TAGS.has(t))) out.commonWords.add(word);
  }
  return out;
}

let cached: Lexicon | undefined;

/**
 * Build (once per process) the recogniser's word sets.
 * @returns the shared, read-only lexicon
 */
export function loadLexicon(): Lexicon {
  if (cached) return cached;
  const c = compromiseClasses();
  cached = {
    honorifics: lower(particles.honorifics),
    cutHonorifics: lower(particles.cutHonorifics),
    particles: lower(particles.particles),
    articleParticles: lower(particles.articleParticles),
    connectors: lower(particles.connectors),
    spaceConnectors: lower(particles.spaceConnectors),
    prophetNames: lower(particles.prophetNames),
    titles: lower(titles.titles),
    offices: lower(titles.offices),
    roles: lower(titles.roles),
    groupPrefixes: lower(groupShape.prefixes),
    orgHeads: lower(groupShape.heads),
    weakOrgHeads: lower(groupShape.weakHeads),
    armyModifiers: lower(groupShape.nonStateArmyModifiers),
    orgAdjectives: lower(groupShape.adjectiveHeads),
    placeSuffixes: lower(places.suffixes),
    strongPlaceSuffixes: lower(places.strongSuffixes),
    placeOfNouns: lower(places.ofNouns),
    placePrepositions: lower(places.prepositions),
    compass: lower(places.compass),
    compassAdjectives: lower(places.compassAdjectives),
    placeEndings: new RegExp(`\\p{L}{3,}(?:${places.nameEndings.join('|')})$`, 'u'),
    placeNameWords: lower(places.nameWords),
    regions: new Set(places.regions.map((r) => r.toLowerCase().replace(/-/g, ' '))),
    placeAcronyms: new Set(places.placeAcronyms),
    demonyms: new Set([...lower(nonEntities.demonyms), ...c.demonyms]),
    sects: lower(nonEntities.sects),
    religious: lower(nonEntities.religious),
    calendar: lower(nonEntities.calendar),
    generic: lower(nonEntities.generic),
    mediaWords: lower(media.words),
    mediaOutlets: lower(media.outlets),
    institutionHeads: lower(institutions.heads),
    stateWords: lower(institutions.stateWords),
    closedClass: lower(closedClass.words),
    notOrgAcronyms: new Set(acronyms.notOrg),
    groupNouns: lower(cues.groupNouns),
    memberNouns: lower(cues.memberNouns),
    militantAdjectives: lower(cues.militantAdjectives),
    claimVerbs: lower(cues.claimVerbs),
    speechVerbs: lower(cues.speechVerbs),
    namingWords: lower(cues.namingWords),
    leaderVerbs: lower(cues.leaderVerbs),
    firstNames: c.firstNames,
    lastNames: c.lastNames,
    countries: c.countries,
    places: c.places,
    commonWords: c.commonWords,
  };
  return cached;
}
