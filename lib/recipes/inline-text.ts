/**
 * Recipe texts are plain strings with three kinds of inline markup: `code`, [a link](/path/), and a
 * bare site path such as /recipes/poll-a-job/, which becomes a link named after what it points to.
 * Parsed at build time into parts a component renders without any Markdown library.
 */
export type InlinePart =
  | { kind: 'text'; text: string }
  | { kind: 'code'; text: string }
  | { kind: 'link'; text: string; href: string }

const token = /`([^`]+)`|\[([^\]]+)\]\(((?:\/|https:\/\/)[^)\s]*)\)|(?<![\w/])(\/recipes\/[a-z0-9-]+\/)/g

/** `titleOf` names a bare site path; a path it does not know is an error, so no link dangles. */
export function parseInline(text: string, titleOf: (path: string) => string | undefined): InlinePart[] {
  const parts: InlinePart[] = []
  let last = 0
  for (const match of text.matchAll(token)) {
    if (match.index > last) parts.push({ kind: 'text', text: text.slice(last, match.index) })
    const [, code, linkText, linkHref, barePath] = match
    if (code !== undefined) parts.push({ kind: 'code', text: code })
    else if (linkText !== undefined) parts.push({ kind: 'link', text: linkText, href: linkHref! })
    else {
      const title = titleOf(barePath!)
      if (!title) throw new Error(`"${barePath}" in "${text.slice(0, 60)}…" names no page of the site`)
      parts.push({ kind: 'link', text: title, href: barePath! })
    }
    last = match.index + match[0].length
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) })
  return parts
}

/** The parts as plain text, as in a code comment: code and link texts without their markup. */
export function plainText(parts: readonly InlinePart[]): string {
  return parts.map((part) => part.text).join('')
}
