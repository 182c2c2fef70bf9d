/** The words of a list filter's query, lower-cased. */
export const filterWords = (query: string): string[] => query.toLowerCase().split(/\s+/).filter(Boolean)

/** Whether an item's text holds every word of the filter (any order, any case). */
export function matchesWords(text: string, words: readonly string[]): boolean {
  const lower = text.toLowerCase()
  return words.every((word) => lower.includes(word))
}
