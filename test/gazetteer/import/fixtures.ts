/** Paths and readers for the importer fixtures under test/fixtures/import/. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Absolute path of a fixture file. */
export const fixture = (name: string): string => fileURLToPath(new URL(`../../fixtures/import/${name}`, import.meta.url));

/** `{text, file}` of a fixture, as the importers take it. */
export const readFixture = (name: string): { text: string; file: string } => ({
  text: readFileSync(fixture(name), 'utf8'),
  file: `test/fixtures/import/${name}`,
});
