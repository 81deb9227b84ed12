/**
 * Stage `normalise`: raw document → DocRecord (normalised text, offset map, cruft spans).
 * requires: RawDoc {doc_id, original, sha256}; assigns: text, offsets, cruft, chars.
 */
import type { DocRecord, RawDoc, Span } from '../../types/records.ts';
import { encodeOffsets, spanToOriginal, type OffsetMap } from '../../text/offset-map.ts';
import { normaliseText } from './normalise-text.ts';
import { findCruftLines, loadCruftPatterns, type CruftPattern } from './mark-cruft.ts';

export interface NormaliseOptions {
  /** Mark web-cruft lines (default true). */
  cruft?: boolean;
  patterns?: CruftPattern[];
}

/** A normalised document with its in-memory offset map and cruft in normalised coordinates. */
export interface NormalisedDoc {
  record: DocRecord;
  map: OffsetMap;
  cruftNorm: Array<[number, number]>;
}

/**
 * Configure the normaliser once.
 * @returns a pure function from a raw document to its normalised form
 */
export function createNormalise(options: NormaliseOptions = {}): (doc: RawDoc) => NormalisedDoc {
  const patterns = options.cruft === false ? [] : (options.patterns ?? loadCruftPatterns());
  return (doc) => {
    const { text, map } = normaliseText(doc.original);
    const cruftNorm = findCruftLines(text, patterns);
    const cruft: Span[] = cruftNorm.map(([s, e]) => {
      const [start, end] = spanToOriginal(map, s, e);
      return { start, end };
    });
    const record: DocRecord = {
      doc_id: doc.doc_id,
      chars: doc.original.length,
      sha256: doc.sha256,
      text,
      offsets: encodeOffsets(map),
      cruft,
    };
    return { record, map, cruftNorm };
  };
}
