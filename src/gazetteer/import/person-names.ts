/**
 * Person names from the lists, in the form news uses: `First Last`, readable case.
 */
import { reorderLastFirst } from './person-name.ts';
import { cleanName } from './script.ts';
import { titleCaseName } from './title-case.ts';

/** English titles and ranks, which ANNOTATION.md leaves out of a person's span (honorifics such as Mullah, Shaykh stay). */
const TITLE = /^(?:(?:dr|mr|mrs|ms|prof|professor|gen|general|col|colonel|lt|lieutenant|capt|captain|maj|major|brig|brigadier)\b\.*\s*|\.\s*)+/i;

/**
 * Normalise a listed person name: `LAST, First` reordered, capitals made readable, leading English
 * titles removed.
 * @param raw the name as the list writes it (`BIN LADEN, Sa'ad`, `AL ZAWAHIRI, Dr. Ayman`)
 * @returns `Sa'ad bin Laden`, `Ayman al Zawahiri`
 * Note: a name that is only a title (`Dr.`) is returned with the title, not emptied.
 */
export function personName(raw: string): string {
  const name = titleCaseName(cleanName(reorderLastFirst(cleanName(raw))));
  const bare = cleanName(name.replace(TITLE, ''));
  return bare === '' ? name : bare;
}
