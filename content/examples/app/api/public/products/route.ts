import { db } from '@/lib/db'

/**
 * The published shape, version 1: what partners code against. Add fields freely; renaming or
 * removing one breaks their code, so such a change ships under a new path
 * (/api/public/v2/products).
 */
export type PublicProduct = {
  id: string
  name: string
  /** In US dollars. */
  price: number
}

// Public JSON that anyone may read and any CDN may cache: GET handlers are dynamic by default, so
// the caching is spelled out in the response headers.
export function GET(): Response {
  // Named fields, never the stored row: a column added to the table later stays private.
  const products: PublicProduct[] = db().products.map(({ id, name, priceCents }) => ({
    id,
    name,
    price: priceCents / 100,
  }))
  return Response.json(
    { products },
    {
      headers: {
        'Cache-Control': 'public, max-age=60, s-maxage=300, stale-while-revalidate=600',
        // Safe only because the answer is the same for everyone and the route reads no cookie.
        'Access-Control-Allow-Origin': '*',
      },
    },
  )
}
