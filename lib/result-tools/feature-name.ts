import { readFeatureWords } from './feature-words'

/**
 * A reader's feature name ("project invites") and the identifiers and paths derived from it. The
 * name comes from the URL, so it is checked here and only ever rendered as text.
 */
export type FeatureName = {
  /** As the reader typed it, trimmed and with single spaces. */
  text: string
  /** Lower-case words, plural and singular: "project invites", "project invite". */
  words: { plural: string; singular: string }
  kebab: { plural: string; singular: string }
  camel: { plural: string; singular: string }
  pascal: { plural: string; singular: string }
  /** What the paths and identifiers leave out of the text (see feature-words.ts): "markup", "日本語". */
  leftOut: string[]
}

export type FeatureNameResult = { ok: true; name: FeatureName } | { ok: false; message: string }

export const featureNameMaxLength = 60

// Words a generated identifier may not be: JavaScript's reserved words and a few names every scaffold uses.
const reserved = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends false finally ' +
    'for function if import in instanceof new null return super switch this throw true try typeof var void ' +
    'while with yield let static implements interface package private protected public await async'
  ).split(' '),
)

/** The plural of one lower-case English word, by the usual spelling rules. */
export function pluralOf(word: string): string {
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`
  if (/(s|x|z|ch|sh)$/.test(word)) return `${word}es`
  return `${word}s`
}

function singularOf(word: string): string {
  if (/[^aeiou]ies$/.test(word)) return `${word.slice(0, -3)}y`
  if (/(ss|x|z|ch|sh)es$/.test(word)) return word.slice(0, -2)
  if (/[^s]s$/.test(word)) return word.slice(0, -1)
  return word
}

/** The text with its first letter in upper case. */
export const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1)

function forms(words: string[]) {
  const [first = '', ...rest] = words
  return {
    words: words.join(' '),
    kebab: words.join('-'),
    camel: first + rest.map(capitalise).join(''),
    pascal: words.map(capitalise).join(''),
  }
}

/** Checks a feature name and derives its identifiers; the message says what to change. */
export function parseFeatureName(input: string): FeatureNameResult {
  const text = input.trim().replace(/\s+/g, ' ')
  if (text === '')
    return { ok: false, message: 'Type a name for your feature, for example “project invites”.' }
  if (text.length > featureNameMaxLength) {
    return { ok: false, message: `Keep the name under ${featureNameMaxLength} characters.` }
  }
  const { words, leftOut } = readFeatureWords(text)
  if (words.length === 0) {
    return { ok: false, message: 'Use at least one Latin letter or digit, for example “project invites”.' }
  }
  if (/^[0-9]/.test(words[0]!)) return { ok: false, message: 'Start the name with a letter, not a digit.' }
  const last = words.at(-1)!
  const singularLast = singularOf(last)
  const pluralLast = singularLast === last ? pluralOf(last) : last
  const plural = forms([...words.slice(0, -1), pluralLast])
  const singular = forms([...words.slice(0, -1), singularLast])
  const clash = [plural.camel, singular.camel].find((identifier) => reserved.has(identifier))
  if (clash) return { ok: false, message: `“${clash}” is a reserved word in JavaScript; add a word to it.` }
  return {
    ok: true,
    name: {
      text,
      words: { plural: plural.words, singular: singular.words },
      kebab: { plural: plural.kebab, singular: singular.kebab },
      camel: { plural: plural.camel, singular: singular.camel },
      pascal: { plural: plural.pascal, singular: singular.pascal },
      leftOut,
    },
  }
}
