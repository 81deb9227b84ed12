/**
 * Person names from the lists, in the form news uses: `First Last`, readable case.
 */
import { reorderLastFirst } from './person-name.ts';
import { cleanName } from './script.ts';
import { titleCaseName } from './title-case.ts';

/**
 * Normalise a listed person name: `LAST, First` reordered, capitals made readable.
 * @param raw the name as the list writes it (`BIN LADEN, Sa'ad`, `ABU MARYAM AL-ZAHRANI`)
 * @returns `Sa'ad bin Laden`, `Abu Maryam al-Zahrani`
 */
export function personName(raw: string): string {
  return titleCaseName(cleanName(reorderLastFirst(cleanName(raw))));
}
