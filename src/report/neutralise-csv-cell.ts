/** Characters that make a spreadsheet read a cell as a formula (OWASP CSV injection list). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A plain decimal number, optionally signed, optionally with an exponent: `-12`, `+3.5`, `1e-3`. */
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Make a CSV cell safe to open in a spreadsheet: a string starting with `=`, `+`, `-`, `@`, tab or
 * carriage return gets a leading `'`, so Excel, LibreOffice and Google Sheets show it as text
 * instead of evaluating it (OWASP "CSV Injection").
 * @param value the cell value
 * @returns numbers unchanged; strings neutralised
 * Note: a string that is a plain number (`-12`, `+3.5`) is left as is, so numeric columns stay
 * numeric. The quote is visible to tools that read the CSV as data (R, pandas): strip a leading
 * `'` there if the original text matters, or use network.graphml, which is not neutralised.
 */
export function neutraliseCsvCell(value: string | number): string | number {
  if (typeof value === 'number') return value;
  if (!FORMULA_START.test(value) || PLAIN_NUMBER.test(value)) return value;
  return `'${value}`;
}
