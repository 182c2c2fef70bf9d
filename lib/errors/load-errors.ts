import { placeholderNames } from '../messages/message-template'
import { errorEntrySchema, type ErrorEntry } from './error-schema'

export class ErrorEntryError extends Error {
  constructor(readonly problems: string[]) {
    super(`The error pages are broken:\n- ${problems.join('\n- ')}`)
    this.name = 'ErrorEntryError'
  }
}

/** What the links of an entry may name: the site's recipes and pages, and the Next.js docs. */
export type ErrorLinkTargets = {
  recipeSlugs: ReadonlySet<string>
  /** Whether a site path (`/guide/…/`) is a page of the site. */
  sitePage: (path: string) => boolean
  /** Why a nextjs.org/docs link does not resolve, or undefined; absent when the docs are not installed. */
  docsLinkProblem?: (url: string) => string | undefined
}

function linkProblems(entry: ErrorEntry, targets: ErrorLinkTargets): string[] {
  const problems: string[] = []
  for (const slug of entry.recipes)
    if (!targets.recipeSlugs.has(slug)) problems.push(`links to the recipe "${slug}", which does not exist`)
  const inlineLinks = [...entry.when, ...entry.cause, ...entry.fix, entry.onNext15 ?? ''].flatMap((text) =>
    [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1]!),
  )
  for (const href of [...entry.readNext.map((link) => link.href), ...inlineLinks]) {
    if (href.startsWith('/recipes/')) {
      const slug = /^\/recipes\/([a-z0-9-]+)\/$/.exec(href)?.[1]
      if (!slug || !targets.recipeSlugs.has(slug)) problems.push(`links to ${href}, which is no recipe`)
    } else if (href.startsWith('/')) {
      if (!targets.sitePage(href)) problems.push(`links to ${href}, which is no page of the site`)
    } else if (href.startsWith('https://nextjs.org/docs')) {
      const problem = targets.docsLinkProblem?.(href)
      if (problem) problems.push(`links to ${href}: ${problem}`)
    }
  }
  return problems
}

/**
 * Checks every entry against its schema: a unique slug, placeholders that are described, and links
 * to recipes, site pages and Next.js docs that exist. A broken entry fails the build, named.
 */
export function loadErrorEntries(input: readonly unknown[], targets: ErrorLinkTargets): ErrorEntry[] {
  const problems: string[] = []
  const loaded: ErrorEntry[] = []
  const seen = new Set<string>()
  for (const [index, raw] of input.entries()) {
    const parsed = errorEntrySchema.safeParse(raw)
    const name = (raw as { slug?: unknown })?.slug
    const label = typeof name === 'string' ? `Error page "${name}"` : `Error page #${index + 1}`
    if (!parsed.success) {
      problems.push(
        `${label}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; ')}`,
      )
      continue
    }
    const entry = parsed.data
    if (seen.has(entry.slug)) problems.push(`${label} is listed twice`)
    seen.add(entry.slug)
    const named = new Set(entry.messages.flatMap((message) => placeholderNames(message.text)))
    for (const name of named)
      if (!(name in entry.placeholders)) problems.push(`${label}: the placeholder {${name}} is not described`)
    for (const name of Object.keys(entry.placeholders))
      if (!named.has(name)) problems.push(`${label}: describes {${name}}, which no message has`)
    if (entry.place !== 'symptom' && entry.messages.length === 0)
      problems.push(`${label}: only a symptom entry may have no message`)
    problems.push(...linkProblems(entry, targets).map((problem) => `${label} ${problem}`))
    loaded.push(entry)
  }
  if (problems.length > 0) throw new ErrorEntryError(problems)
  return loaded
}
