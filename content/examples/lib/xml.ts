/** Escape text for an XML element or attribute, so a project named `<b>&` stays text in the feed. */
export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`)
}
