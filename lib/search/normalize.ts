/**
 * Text as search compares it: lower case, accents and punctuation gone, words separated by single
 * spaces, with a space at each end so " word" finds a word start anywhere, the first word included.
 */
export function normalize(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
  return ` ${words.join(' ')} `
}

/** The words of a query, in order, without repeats. */
export function queryWords(query: string): string[] {
  return [...new Set(normalize(query).trim().split(' ').filter(Boolean))]
}
