/**
 * doc_ids become file paths (`gold/<doc_id>.json`, `corpus/<doc_id>.txt`), so they must stay inside
 * their folder.
 */
import { relative, resolve, sep, isAbsolute } from 'node:path';

/**
 * Why a doc_id is not a safe relative path, or null when it is.
 * @param docId the id to test
 * @returns a reason ('empty', 'absolute', …) or null
 * Note: a safe id uses `/` as separator and has no empty, `.` or `..` segment, no backslash, no NUL.
 */
export function docIdProblem(docId: string): string | null {
  if (docId === '') return 'is empty';
  if (docId.includes('\0')) return 'contains a NUL character';
  if (docId.includes('\\')) return 'contains a backslash (use / as separator)';
  if (docId.startsWith('/') || /^[A-Za-z]:/.test(docId)) return 'is an absolute path';
  if (docId.split('/').some((s) => s === '' || s === '.' || s === '..')) return "has an empty, '.' or '..' path segment";
  return null;
}

/** Whether `path` lies inside `dir` (both resolved; `dir` itself does not count). */
export function isInside(dir: string, path: string): boolean {
  const rel = relative(resolve(dir), resolve(path));
  return rel !== '' && !rel.startsWith('..' + sep) && rel !== '..' && !isAbsolute(rel);
}

/** The doc_id a file stands for: its path relative to `dir`, without `ext`, with `/` separators. */
export function docIdOf(dir: string, file: string, ext: string): string {
  const rel = relative(resolve(dir), resolve(file)).split(sep).join('/');
  return rel.endsWith(ext) ? rel.slice(0, -ext.length) : rel;
}
