/**
 * A quoted message as the site writes it: the exact text a program prints, with `{name}` standing for
 * a value the program fills in (a limit, a path, an id). Recipes' traps and error pages quote
 * messages this way; tests find the literal pieces in the installed code, or compare the text a real
 * run printed with the template.
 */

const placeholder = /\{([^}]+)\}/g

/** The literal pieces of a message, between its `{…}` placeholders. */
export const messagePieces = (message: string): string[] =>
  message
    .split(/\{[^}]+\}/)
    .map((piece) => piece.trim())
    .filter((piece) => piece.length > 0)

/** The names of a message's placeholders, in order: `Body exceeded {limit} limit.` → ['limit']. */
export const placeholderNames = (message: string): string[] =>
  [...message.matchAll(placeholder)].map((match) => match[1]!)

/** The message with its placeholders filled in; a name without a value stays as it is. */
export function fillMessage(message: string, values: Record<string, string>): string {
  return message.replace(placeholder, (whole, name: string) => values[name] ?? whole)
}

/** The message as a pattern for a whole line: each placeholder stands for any text. */
export function messagePattern(message: string): RegExp {
  const pieces = message.split(/\{[^}]+\}/).map((piece) => piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  return new RegExp(`^${pieces.join('.+?')}$`)
}

/** Whether a printed text contains the message somewhere (placeholders match any text on one line). */
export function containsMessage(printed: string, message: string): boolean {
  const pieces = message.split(/\{[^}]+\}/).map((piece) => piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  return new RegExp(pieces.join('[^\\n]+?')).test(printed)
}
