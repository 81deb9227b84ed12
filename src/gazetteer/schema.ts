/**
 * Schema of one gazetteer entry (gazetteers/README.md), checked with valibot when loaded.
 */
import * as v from 'valibot';

const Name = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty or whitespace'), v.maxLength(300));

export const SourceRef = v.object({
  source: v.string(),
  ref: v.optional(v.string()),
  name: v.optional(v.string()),
});

export const EntrySchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9_-]+\/[^\s/][^\s]*$/i, 'must look like "<kind>/<slug>" with no spaces')),
  type: v.pipe(v.string(), v.regex(/^[A-Z][A-Z_]*$/, 'must be an upper-case type such as ORG, PERSON, LOC')),
  canonical: Name,
  aliases: v.optional(v.array(Name)),
  acronyms: v.optional(v.array(Name)),
  weak_aliases: v.optional(v.array(Name)),
  never_merge: v.optional(v.array(v.string())),
  same_as: v.optional(v.array(v.string())),
  context: v.optional(v.array(Name)),
  sources: v.optional(v.array(SourceRef)),
  notes: v.optional(v.string()),
  country: v.optional(v.string()),
  admin1: v.optional(v.string()),
  population: v.optional(v.number()),
});

export type GazetteerEntry = v.InferOutput<typeof EntrySchema>;
