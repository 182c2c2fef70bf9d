import { z } from 'zod'

/**
 * The state of the projects browser, kept in its address: `?q=engine&status=active&page=2`.
 * Anyone can type any query string, so each value is checked, and a bad or missing one falls back
 * to its default instead of failing the page.
 */

export const browseStatuses = ['all', 'active', 'archived'] as const
export type BrowseStatus = (typeof browseStatuses)[number]

/** `?q=a&q=b` arrives as an array: the first value counts. */
const first = (value: unknown) => (Array.isArray(value) ? value[0] : value)

const browseParamsSchema = z.object({
  q: z.preprocess(first, z.string().trim().max(100)).catch(''),
  status: z.preprocess(first, z.enum(browseStatuses)).catch('all'),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(10_000)).catch(1),
})

export type BrowseParams = z.infer<typeof browseParamsSchema>

export type SearchParams = Record<string, string | string[] | undefined>

export function parseBrowseParams(searchParams: SearchParams): BrowseParams {
  return browseParamsSchema.parse(searchParams)
}

export const browsePath = '/projects/browse'

/** The browser's address with some values changed; a value at its default stays out of the URL. */
export function browseHref(current: BrowseParams, change: Partial<BrowseParams> = {}): string {
  const { q, status, page } = { ...current, ...change }
  const query = new URLSearchParams()
  if (q) query.set('q', q)
  if (status !== 'all') query.set('status', status)
  if (page > 1) query.set('page', String(page))
  const search = query.toString()
  return search ? `${browsePath}?${search}` : browsePath
}
