import { parseInline, type InlinePart } from '../recipes/inline-text'
import { recipeHref } from '../recipes/recipe-href'
import type { Recipe } from '../recipes/recipe-schema'
import { errorHref } from './error-href'
import { errorPlaces, type ErrorEntry, type MessageSource } from './error-schema'

/** Who prints a message, as the page says it. */
export const sourceLabels: Record<MessageSource, string> = {
  next: 'Next.js prints',
  node: 'Node.js prints',
  browser: 'The browser prints',
  app: 'The example app answers',
}

export type ErrorMessageView = {
  text: string
  source: MessageSource
  sourceLabel: string
  /** "Next.js 16 only" when one version prints it; null when both do. */
  versionNote: string | null
  where: string
}

/** What an error page renders: the entry with its texts parsed and its links named. */
export type ErrorView = {
  slug: string
  href: string
  title: string
  description: string
  place: { id: string; title: string }
  messages: ErrorMessageView[]
  placeholders: Array<{ name: string; meaning: string }>
  when: InlinePart[][]
  cause: InlinePart[][]
  fix: InlinePart[][]
  onNext15: InlinePart[] | null
  recipes: Array<{ href: string; title: string; summary: string }>
  readNext: Array<{ title: string; href: string }>
  checkedBy: string
}

export function errorView(entry: ErrorEntry, recipes: readonly Recipe[]): ErrorView {
  const titleOf = (path: string) => recipes.find((recipe) => recipeHref(recipe.slug) === path)?.title
  const parse = (texts: string[]) => texts.map((text) => parseInline(text, titleOf))
  const place = errorPlaces.find((candidate) => candidate.id === entry.place)!
  return {
    slug: entry.slug,
    href: errorHref(entry.slug),
    title: entry.title,
    description: entry.description,
    place: { id: place.id, title: place.title },
    messages: entry.messages.map((message) => ({
      text: message.text,
      source: message.source,
      sourceLabel: sourceLabels[message.source],
      versionNote: message.versions.length === 1 ? `Next.js ${message.versions[0]} only` : null,
      where: message.where,
    })),
    placeholders: Object.entries(entry.placeholders).map(([name, meaning]) => ({ name, meaning })),
    when: parse(entry.when),
    cause: parse(entry.cause),
    fix: parse(entry.fix),
    onNext15: entry.onNext15 ? parseInline(entry.onNext15, titleOf) : null,
    recipes: entry.recipes.map((slug) => {
      const recipe = recipes.find((candidate) => candidate.slug === slug)
      if (!recipe) throw new Error(`Error page "${entry.slug}" names no recipe "${slug}"`)
      return { href: recipeHref(slug), title: recipe.title, summary: recipe.summary }
    }),
    readNext: entry.readNext,
    checkedBy: entry.checkedBy,
  }
}
