/** The loaded, merged gazetteer: one Entity per real-world entity. */
import type { GazetteerEntry } from './schema.ts';

export type NameKind = 'name' | 'acronym' | 'weak';

export interface EntityName {
  text: string;
  kind: NameKind;
  /** id of the gazetteer record the name came from (before merging). */
  from: string;
  /** the record's own canonical name (not one of its aliases) */
  primary?: boolean;
}

export interface Entity {
  id: string;
  type: string;
  canonical: string;
  names: EntityName[];
  neverMerge: string[];
  context: string[];
  /** ids of every record merged into this entity, the entity's own first. */
  members: string[];
  sources: NonNullable<GazetteerEntry['sources']>;
}

export interface Gazetteer {
  /** Entities sorted by id. */
  entities: Entity[];
  /** Record id (including merged member ids) → entity id. */
  idOf: Map<string, string>;
  /** Content hash of the loaded data, used as the gazetteer version for incremental runs. */
  version: string;
}
