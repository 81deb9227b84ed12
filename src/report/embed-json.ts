const UNSAFE_IN_SCRIPT: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * Serialise data for a `<script type="application/json">` block.
 * @param data any JSON-able value
 * @returns JSON in which `<`, `>`, `&`, U+2028 and U+2029 are `\uXXXX` escapes, so no article text
 * can close the script element (`</script>`) or open a comment (`<!--`); `JSON.parse` reads it back unchanged
 */
export function embedJson(data: unknown): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => UNSAFE_IN_SCRIPT[c]!);
}
