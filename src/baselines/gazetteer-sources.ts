/**
 * Read the gazetteer records once, split into the curated ones (the ladder's gazetteer, and the
 * ones leave-one-out filters) and the rest (imported lists), for commands that build many
 * gazetteers in memory.
 */
import { existsSync, statSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { listGazetteerFiles, readGazetteerFile, type RawEntry } from '../gazetteer/read-files.ts';
import { TanzeemError, type Diagnostic } from '../types/diagnostic.ts';

/** Records of the curated folder and of every other gazetteer file. */
export interface GazetteerSources {
  curated: RawEntry[];
  other: RawEntry[];
  diagnostics: Diagnostic[];
}

function filesOf(path: string): string[] {
  if (!existsSync(path)) throw new TanzeemError([{ code: 'GAZETTEER_MISSING', severity: 'fatal', stage: 'gazetteer', file: path, message: 'gazetteer path does not exist', fix: 'pass an existing folder with --gazetteer / --curated, or run from the project root' }]);
  return statSync(path).isDirectory() ? listGazetteerFiles(path) : [path];
}

/**
 * @param gazetteer the whole gazetteer folder (default run)
 * @param curated the curated folder (usually inside `gazetteer`)
 * @returns records with file and line; files under `curated` are curated, the rest other
 */
export function readGazetteerSources(gazetteer: string, curated: string): GazetteerSources {
  const curatedFiles = filesOf(curated);
  const inCurated = new Set(curatedFiles.map((f) => resolve(f)));
  const root = resolve(curated) + sep;
  const otherFiles = filesOf(gazetteer).filter((f) => !inCurated.has(resolve(f)) && !resolve(f).startsWith(root));
  const out: GazetteerSources = { curated: [], other: [], diagnostics: [] };
  for (const [files, into] of [[curatedFiles, out.curated], [otherFiles, out.other]] as const) {
    for (const f of files) {
      const r = readGazetteerFile(f);
      into.push(...r.entries);
      out.diagnostics.push(...r.diagnostics);
    }
  }
  return out;
}
