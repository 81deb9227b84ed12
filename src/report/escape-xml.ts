const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };
const ATTR_ESCAPES: Record<string, string> = {
  ...TEXT_ESCAPES,
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
};

/**
 * Escape character data for an XML element body.
 * @returns text where `&`, `<`, `>` are entities and CR is `&#13;` (a raw CR would be read back as LF)
 */
export function escapeXmlText(text: string): string {
  return text.replace(/[&<>\r]/g, (c) => TEXT_ESCAPES[c]!);
}

/**
 * Escape a value for a quoted XML attribute.
 * @returns text where markup characters and both quotes are entities, and tab/LF/CR are character
 * references (raw ones would be turned into spaces by attribute-value normalisation)
 */
export function escapeXmlAttribute(text: string): string {
  return text.replace(/[&<>"'\t\n\r]/g, (c) => ATTR_ESCAPES[c]!);
}
