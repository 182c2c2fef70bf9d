// XML 1.0 forbids most control characters, even written as &#8;: one of them makes the whole
// document unreadable, so they are dropped (as are the non-characters U+FFFE, U+FFFF and lone
// surrogates).
const notXmlCharacter = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu

/** Escape text for an XML element or attribute: a project named `<b>&` stays text in the feed. */
export function escapeXml(text: string): string {
  return text.replace(notXmlCharacter, '').replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`)
}
