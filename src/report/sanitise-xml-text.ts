/** Code points XML 1.0 forbids (C0 controls but tab/LF/CR, lone surrogates, U+FFFE/U+FFFF). */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * Replace every character XML 1.0 cannot carry with U+FFFD, so a stray control character or a
 * broken surrogate pair in an article never makes network.gexf / network.graphml unreadable.
 * @param text any string
 * @returns the same string when it is already XML-safe
 * Note: escaping of `<`, `&`, quotes is the writer's job; this only removes what no escape can express.
 */
export function sanitiseXmlText(text: string): string {
  return text.replace(NOT_XML_CHAR, '\uFFFD');
}
