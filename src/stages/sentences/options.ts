import { TanzeemError } from '../../types/diagnostic.ts';
import {
  CAPITALISED_ABBREVIATIONS,
  DEFAULT_ABBREVIATIONS,
  DEFAULT_SENTENCE_STARTERS,
} from './abbreviations.ts';
import type { AbbreviationKind, CompiledConfig } from './types.ts';

/** Options of {@link createSentenceSplitter}; all optional. */
export interface SplitOptions {
  /**
   * 'line' (default): every line break ends a sentence, right for scraped news where headlines,
   * bylines, datelines, captions and list items stand on their own lines. 'paragraph': only a
   * blank line ends a sentence; single line breaks are spaces (hard-wrapped prose).
   */
  lineBreaks?: 'line' | 'paragraph';
  /** Extra abbreviations that never end a sentence ("Brig.", "Sheikh."); the final '.' is optional. */
  abbreviations?: readonly string[];
  /** Extra abbreviations that may end a sentence, split only before a sentence starter ("Pvt. Ltd."). */
  finalAbbreviations?: readonly string[];
  /** Extra capitalised sentence-opening words for the abbreviation/initial heuristic. */
  sentenceStarters?: readonly string[];
}

const KNOWN_KEYS = new Set(['lineBreaks', 'abbreviations', 'finalAbbreviations', 'sentenceStarters']);
const WORD_LIKE = /^[\p{L}\p{N}][\p{L}\p{N}.'’-]*$/u;

/**
 * Check options given at run time (they may come from JSON) and throw on the first problems.
 * @param options value passed to the factory
 * @throws TanzeemError with code `SENTENCES_OPTIONS` naming each bad key, what was found and a fix
 */
export function assertSplitOptions(options: unknown): asserts options is SplitOptions {
  const problems: string[] = [];
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    problems.push(`options must be an object, found ${options === null ? 'null' : typeof options}`);
  } else {
    const o = options as Record<string, unknown>;
    for (const key of Object.keys(o)) {
      if (!KNOWN_KEYS.has(key)) problems.push(`unknown option "${key}"`);
    }
    if (o.lineBreaks !== undefined && o.lineBreaks !== 'line' && o.lineBreaks !== 'paragraph') {
      problems.push(`lineBreaks must be 'line' or 'paragraph', found ${JSON.stringify(o.lineBreaks)}`);
    }
    for (const key of ['abbreviations', 'finalAbbreviations', 'sentenceStarters'] as const) {
      const list = o[key];
      if (list === undefined) continue;
      if (!Array.isArray(list)) {
        problems.push(`${key} must be an array of words, found ${typeof list}`);
        continue;
      }
      list.forEach((word: unknown, i) => {
        if (typeof word !== 'string' || !WORD_LIKE.test(word)) {
          problems.push(`${key}[${i}] must be one word without spaces, found ${JSON.stringify(word)}`);
        }
      });
    }
  }
  if (problems.length > 0) {
    throw new TanzeemError(
      problems.map((message) => ({
        code: 'SENTENCES_OPTIONS',
        severity: 'fatal' as const,
        stage: 'sentences',
        message,
        fix: 'see SplitOptions in src/stages/sentences/options.ts',
      })),
    );
  }
}

/** Lower-case, with exactly one final '.'. */
function toAbbreviationKey(word: string): string {
  return word.toLowerCase().replace(/\.*$/, '.');
}

/**
 * Validate options and compile the lists into lookup structures, once per splitter.
 * @param options user options (validated here)
 * @returns the configuration every rule reads
 */
export function compileSplitOptions(options: unknown = {}): CompiledConfig {
  assertSplitOptions(options);
  const abbreviations = new Map<string, AbbreviationKind>();
  for (const kind of ['numeric', 'final', 'title'] as const) {
    for (const word of DEFAULT_ABBREVIATIONS[kind]) abbreviations.set(toAbbreviationKey(word), kind);
  }
  const capitalisedOnly = new Set(CAPITALISED_ABBREVIATIONS.map(toAbbreviationKey));
  for (const key of capitalisedOnly) abbreviations.set(key, 'final');
  // User entries win over defaults and count in any case.
  for (const [list, kind] of [
    [options.finalAbbreviations, 'final'],
    [options.abbreviations, 'title'],
  ] as const) {
    for (const word of list ?? []) {
      const key = toAbbreviationKey(word);
      abbreviations.set(key, kind);
      capitalisedOnly.delete(key);
    }
  }
  return {
    lineBreaks: options.lineBreaks ?? 'line',
    abbreviations,
    capitalisedOnly,
    starters: new Set([...DEFAULT_SENTENCE_STARTERS, ...(options.sentenceStarters ?? [])]),
  };
}
