/**
 * What a feature name becomes in file paths and identifiers: lower-case words of a–z and 0–9. Markup
 * is taken out whole, accents are removed (é → e), letters with a usual Latin spelling are spelled
 * out (ß → ss, Ж → zh, θ → th), and anything else is left out and reported, so the page can say so.
 */
export type FeatureWords = {
  /** Lower-case words of a–z and 0–9, in order: "project", "invites". */
  words: string[]
  /** What the words leave out: "markup" for tags and entities, then each run of other characters. */
  leftOut: string[]
}

/** Tags such as <b> or </script> and entities such as &amp;: markup, never words of the name. */
const markupPattern = /<\/?[A-Za-z!][^>]*>|&(?:#\d+|#x[0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]*);/g

/** Spellings in a–z of letters that removing accents does not reach (lower case; upper case follows). */
const latinSpellings: Record<string, string> = {
  ...spellEach('ß ss æ ae œ oe ø o đ d ð d þ th ł l ı i ŋ ng ħ h'),
  // Cyrillic (Russian and Ukrainian), as passports and road signs spell it.
  ...spellEach(
    'а a б b в v г g д d е e ё yo ж zh з z и i й y к k л l м m н n о o п p р r с s т t у u ф f х kh ' +
      'ц ts ч ch ш sh щ shch ъ - ы y ь - э e ю yu я ya є ye і i ї yi ґ g',
  ),
  // Greek, letter by letter.
  ...spellEach(
    'α a β v γ g δ d ε e ζ z η i θ th ι i κ k λ l μ m ν n ξ x ο o π p ρ r σ s ς s τ t υ y φ f ' +
      'χ ch ψ ps ω o',
  ),
}

/** "ß ss æ ae" → { ß: 'ss', æ: 'ae' }; "-" stands for a letter that is not spelled at all. */
function spellEach(pairs: string): Record<string, string> {
  const words = pairs.split(' ')
  const entries: Array<[string, string]> = []
  for (let index = 0; index < words.length; index += 2) {
    const spelling = words[index + 1]!
    entries.push([words[index]!, spelling === '-' ? '' : spelling])
  }
  return Object.fromEntries(entries)
}

const combiningMarks = /[\u0300-\u036f]/g

/** One character in a–z where it has a usual spelling, keeping its case; otherwise as it was. */
function spellInLatin(character: string): string {
  const lower = character.toLowerCase()
  // Greek and Cyrillic letters with an accent (ί, ѐ) are spelled as the letter without it.
  const base =
    latinSpellings[lower] === undefined ? lower.normalize('NFD').replace(combiningMarks, '') : lower
  const spelling = latinSpellings[base]
  if (spelling === undefined) return character
  return character === lower ? spelling : spelling.charAt(0).toUpperCase() + spelling.slice(1)
}

/** The words a feature name gives, and what they leave out. */
export function readFeatureWords(input: string): FeatureWords {
  const leftOut: string[] = []
  const withoutMarkup = input.replace(markupPattern, ' ')
  if (withoutMarkup !== input) leftOut.push('markup')
  const latin = Array.from(withoutMarkup.normalize('NFC'), spellInLatin)
    .join('')
    .normalize('NFKD')
    .replace(combiningMarks, '')
  for (const run of latin.match(/[^\p{Cc}\x20-\x7e]+/gu) ?? []) {
    if (!leftOut.includes(run)) leftOut.push(run)
  }
  const words = latin
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
  return { words, leftOut }
}

/** Splits "Project invites", "project-invites" or "projectInvites" into lower-case words of a–z and 0–9. */
export function featureWords(input: string): string[] {
  return readFeatureWords(input).words
}
