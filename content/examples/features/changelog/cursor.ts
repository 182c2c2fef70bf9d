import { z } from 'zod'

/** Where the next page starts: the sort keys of the last entry the reader already has. */
export type ChangelogCursor = { publishedAt: string; id: string }

const cursorKeys = z.tuple([z.iso.datetime(), z.string().regex(/^chg_\w{1,40}$/)])

// Opaque to the client (base64url of the keys): it sends back what it got and never builds one,
// so the keys can change later without breaking anyone.
export function encodeCursor({ publishedAt, id }: ChangelogCursor): string {
  return btoa(JSON.stringify([publishedAt, id]))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '')
}

/** The keys inside a cursor we gave out; null for anything else (edited, truncated, made up). */
export function decodeCursor(cursor: string): ChangelogCursor | null {
  if (cursor.length > 200 || !/^[\w-]+$/.test(cursor)) return null
  try {
    const json = atob(cursor.replaceAll('-', '+').replaceAll('_', '/'))
    const keys = cursorKeys.safeParse(JSON.parse(json))
    return keys.success ? { publishedAt: keys.data[0], id: keys.data[1] } : null
  } catch {
    return null
  }
}
