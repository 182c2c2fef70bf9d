/** A query parameter as Next.js's router gives it: absent, once, or repeated. */
export type QueryValue = string | string[] | undefined

/** The first value of a query parameter; a repeated parameter counts by its first occurrence. */
export function firstValue(value: QueryValue): string | undefined {
  return Array.isArray(value) ? value[0] : value
}

/** `path` with these parameters as its query string, or `path` alone when there are none. */
export function hrefWithQuery(path: string, params: URLSearchParams): string {
  const search = params.toString()
  return search ? `${path}?${search}` : path
}
