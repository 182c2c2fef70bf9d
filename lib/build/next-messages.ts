import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { messagePieces } from '../messages/message-template'

/** The JavaScript of an installed `next/dist`, without its docs and its duplicate ESM copy. */
export function* nextJavaScriptFiles(dist: string): Generator<string> {
  for (const entry of readdirSync(dist, { withFileTypes: true })) {
    const path = join(dist, entry.name)
    if (entry.isDirectory()) {
      if (entry.name !== 'docs' && entry.name !== 'esm') yield* nextJavaScriptFiles(path)
    } else if (entry.name.endsWith('.js')) yield path
  }
}

// Next.js builds long messages from template literals joined with +, and writes a backtick inside
// one as \`; the message it prints has neither the joins nor the escapes.
const printedText = (code: string) => code.replaceAll('` + `', '').replaceAll('\\`', '`')

/**
 * The messages whose literal pieces (between `{…}` placeholders) do not all appear in one file of
 * the installed Next.js at `dist`: a quoted message that this version cannot print.
 */
export function messagesMissingFrom(dist: string, messages: Iterable<string>): string[] {
  const missing = new Set(messages)
  for (const file of nextJavaScriptFiles(dist)) {
    if (missing.size === 0) break
    const code = printedText(readFileSync(file, 'utf8'))
    for (const message of missing) {
      if (messagePieces(message).every((piece) => code.includes(piece))) missing.delete(message)
    }
  }
  return [...missing]
}
