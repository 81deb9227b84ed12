import type { AbbreviationKind } from './types.ts';

/**
 * Default abbreviation lists, grouped by how each behaves before the next word. Keys are written
 * lower-case and without the final '.'; the factory adds the dot and compiles them into one map.
 *
 * Note: dotted letter sequences that are not listed (U.S.A., D.C., U.A.E.) are recognised by shape
 * and treated as `final`; single capital letters ("L. Paul Bremer") are initials, see
 * rules/06-initial.ts.
 */
export const DEFAULT_ABBREVIATIONS: Readonly<Record<AbbreviationKind, readonly string[]>> = {
  // Titles, ranks and Latin/connective forms that sit in front of what continues the sentence.
  title: [
    'mr', 'mrs', 'ms', 'messrs', 'dr', 'prof', 'rev', 'hon', 'amb', 'pres',
    'gen', 'gens', 'col', 'lt', 'sgt', 'capt', 'maj', 'adm', 'brig', 'cpl', 'pvt', 'cmdr', 'cdr',
    'gov', 'sen', 'rep', 'supt', 'supdt', 'insp', 'retd',
    // South Asian press: Chaudhry, Sheikh, Mussammat, Deputy, Additional, Assistant, Engineer
    'ch', 'sh', 'mst', 'dy', 'addl', 'asst', 'engr',
    'st', 'mt', 'ft',
    'vs', 'e.g', 'i.e', 'cf', 'viz', 'a.k.a', 'approx',
  ],
  // Forms that end sentences often enough ("... in the U.S. He said"): split before a starter.
  final: [
    'u.s', 'u.k', 'u.n', 'i.s', 'u.s.a', 'u.a.e', 'e.u', 'd.c',
    'a.m', 'p.m', 'etc', 'al',
    'inc', 'ltd', 'co', 'corp', 'plc', 'llc', 'bros', 'jr', 'sr',
    'dept', 'govt', 'ave', 'rd', 'blvd',
  ],
  // Abbreviations only when a number follows: "No. 5", "p. 12", "Vol. 3", "Rs. 500".
  numeric: ['no', 'nos', 'vol', 'vols', 'p', 'pp', 'fig', 'figs', 'art', 'para', 'ca', 'est', 'rs'],
};

/**
 * Month and weekday abbreviations: `final`, and recognised only when capitalised, because their
 * lower-case forms ("mar.", "sat.", "sun.") are ordinary English words.
 */
export const CAPITALISED_ABBREVIATIONS: readonly string[] = [
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
];

/**
 * Capitalised words that open sentences far more often than they continue a name. After a `final`
 * abbreviation or an initial, one of these as the next word means "split here".
 */
export const DEFAULT_SENTENCE_STARTERS: readonly string[] = [
  // pronouns and possessives
  'I', 'He', 'She', 'It', 'We', 'They', 'You', 'His', 'Her', 'Its', 'Their', 'Our', 'My', 'Your',
  'Him', 'Them', 'Us',
  // determiners and quantifiers
  'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'There', 'Here', 'Some', 'Many', 'Most',
  'All', 'Both', 'Each', 'Every', 'Such', 'Another', 'Several', 'Few', 'Any', 'Neither', 'Either',
  'None', 'Nobody', 'Nothing', 'One', 'Two', 'Three',
  // conjunctions and sentence adverbs
  'But', 'And', 'Or', 'So', 'Yet', 'However', 'Meanwhile', 'Moreover', 'Furthermore', 'Also',
  'Still', 'Then', 'Thus', 'Therefore', 'Instead', 'Although', 'Though', 'While', 'When', 'After',
  'Before', 'Since', 'As', 'If', 'Because', 'Nevertheless', 'Nonetheless', 'Indeed', 'Later',
  'Earlier', 'Yesterday', 'Today', 'Tomorrow', 'Now', 'Last', 'Next', 'According', 'Despite',
  'During', 'In', 'On', 'At', 'For', 'From', 'With', 'Without', 'Under', 'Among', 'Officials',
  'Authorities', 'Police',
  // wh-words
  'What', 'Why', 'How', 'Who', 'Where', 'Which', 'Whether',
];
