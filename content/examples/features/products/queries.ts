import 'server-only'
import { cache } from 'react'
import { db, type Product } from '@/lib/db'

/**
 * Reads for the public product pages. Nothing here depends on who is asking, so a page built from
 * them can be rendered once and served to everyone.
 */

/** Every product id, as strings: generateStaticParams prerenders one page per id at build time. */
export function listProductIds(): string[] {
  return db().products.map((product) => product.id)
}

/**
 * One product, or undefined. React's cache() makes generateMetadata and the page share one read
 * per render instead of asking the database twice.
 */
export const findProduct = cache((id: string): Product | undefined =>
  db().products.find((product) => product.id === id),
)

const price = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' })

/** The sentence the page shows and search engines quote under its title. */
export function productSummary(product: Product): string {
  return `The ${product.name} plan costs ${price.format(product.priceCents / 100)} a month.`
}
