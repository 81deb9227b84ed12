/**
 * The one error importers throw: the input is not the file type the importer reads.
 */
import { TanzeemError } from '../../types/diagnostic.ts';

/**
 * Build the `IMPORT_WRONG_FORMAT` error for a file.
 * @param file the path as given by the user
 * @param expected what the importer expected (`UN consolidated list XML`)
 * @param found what it found instead
 * @param fix what to pass instead
 * @param line 1-based line, when known
 */
export function wrongFormat(file: string, expected: string, found: string, fix: string, line?: number): TanzeemError {
  return new TanzeemError([
    {
      code: 'IMPORT_WRONG_FORMAT',
      severity: 'fatal',
      stage: 'gazetteer-import',
      file,
      ...(line !== undefined ? { line } : {}),
      message: `expected ${expected}, found ${found}`,
      fix,
    },
  ]);
}

/** A short printable excerpt of the start of a file, for error messages. */
export function excerpt(text: string): string {
  const first = text.replace(/^\uFEFF/, '').split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
  const cut = first.length > 60 ? `${first.slice(0, 60)}…` : first;
  return cut === '' ? 'an empty file' : JSON.stringify(cut);
}
