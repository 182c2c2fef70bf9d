/** Slugs appear in wizard URLs: lower-case words joined by single hyphens. */
// Kept here, not in the zod schema module, so the 404 page's URL repair does not pull zod into the browser.
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** Where the wizard lives; each answer adds one slug segment: /decide/app-router/page-needs-data/ */
export const wizardBase = '/decide/'

/** The URL of the wizard step reached by these answers, with the trailing slash our export uses. */
export function wizardHref(answers: readonly string[]): string {
  return wizardBase + answers.map((slug) => `${slug}/`).join('')
}

/** The route Nextra's layout matches a page by (its sidebar, theme options): the path without the trailing slash. */
export function wizardRoute(answers: readonly string[]): string {
  return wizardHref(answers).replace(/\/$/, '')
}

/** The id of one answer on its question's page: a fragment marks it as the answer given before. */
export function answerAnchor(slug: string): string {
  return `answer-${slug}`
}

/**
 * The step reached by these answers, with one of its answers marked as given before ("Change",
 * "Back"). A fragment, not a query: the path stays the prerendered page, and CSS (:target) can mark
 * the answer with JavaScript off.
 */
export function wizardAnswerHref(answers: readonly string[], slug: string): string {
  return `${wizardHref(answers)}#${answerAnchor(slug)}`
}

/** The slug an address's fragment marks as the answer given before, if it marks one. */
export function answerGivenBefore(hash: string): string | null {
  const prefix = `#${answerAnchor('')}`
  if (!hash.startsWith(prefix)) return null
  let slug: string
  try {
    slug = decodeURIComponent(hash.slice(prefix.length))
  } catch {
    return null
  }
  return slugPattern.test(slug) ? slug : null
}

export type DecodedWizardPath =
  { ok: true; answers: string[] } | { ok: false; answers: string[]; badSegment: string }

/**
 * The answer slugs in a wizard URL path. Segments that cannot be slugs (encoded slashes, unicode,
 * "..", markup) end the decode: `answers` then holds the readable segments before the bad one.
 */
export function decodeWizardPath(pathname: string): DecodedWizardPath {
  if (!pathname.startsWith('/decide')) return { ok: false, answers: [], badSegment: pathname }
  const rest = pathname.slice('/decide'.length)
  if (rest !== '' && !rest.startsWith('/')) return { ok: false, answers: [], badSegment: rest }
  const segments = rest.split('/').filter((segment) => segment !== '')
  const answers: string[] = []
  for (const raw of segments) {
    let segment: string
    try {
      segment = decodeURIComponent(raw)
    } catch {
      return { ok: false, answers, badSegment: raw }
    }
    if (!slugPattern.test(segment)) return { ok: false, answers, badSegment: segment }
    answers.push(segment)
  }
  return { ok: true, answers }
}
