/**
 * The pipeline, declared: stages in order, what each requires and assigns, and the file it writes.
 * The runner checks `--from` / `--to` / `--only` against this list at start-up.
 */
export interface StageDecl {
  name: 'normalise' | 'sentences' | 'mentions' | 'relations';
  requires: string[];
  assigns: string[];
  /** Output file in --out. */
  file: string;
}

export const STAGES: readonly StageDecl[] = [
  { name: 'normalise', requires: ['corpus document'], assigns: ['doc_id', 'chars', 'sha256', 'text', 'offsets', 'cruft'], file: 'documents.jsonl' },
  { name: 'sentences', requires: ['text', 'offsets', 'cruft'], assigns: ['sentence.index', 'sentence.start', 'sentence.end', 'sentence.text'], file: 'sentences.jsonl' },
  { name: 'mentions', requires: ['text', 'offsets', 'sentence.start', 'sentence.end'], assigns: ['mention.*'], file: 'mentions.jsonl' },
  { name: 'relations', requires: ['mention.entity_id', 'mention.sentence'], assigns: ['relation.*'], file: 'relations.jsonl' },
];

export type StageName = StageDecl['name'];

/** Accept the stage names users type, including the splitter's short name. */
const ALIASES: Record<string, StageName> = { normalise: 'normalise', normalize: 'normalise', documents: 'normalise', sentences: 'sentences', split: 'sentences', mentions: 'mentions', match: 'mentions', relations: 'relations', relate: 'relations' };

/**
 * Index of a stage by user-facing name.
 * @throws Error naming the known stages
 */
export function stageIndex(name: string): number {
  const canon = ALIASES[name];
  if (!canon) throw new Error(`unknown stage "${name}"; stages are ${STAGES.map((s) => s.name).join(', ')}`);
  return STAGES.findIndex((s) => s.name === canon);
}
