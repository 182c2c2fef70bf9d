import { db } from '@/lib/db'

// Public JSON that anyone may read and any CDN may cache: GET handlers are dynamic by default in
// Next.js 15, so the caching is spelled out in the response headers.
export function GET(): Response {
  const products = db().products.map(({ id, name, priceCents }) => ({ id, name, price: priceCents / 100 }))
  return Response.json(
    { products },
    {
      headers: {
        'Cache-Control': 'public, max-age=60, s-maxage=300, stale-while-revalidate=600',
        'Access-Control-Allow-Origin': '*',
      },
    },
  )
}
