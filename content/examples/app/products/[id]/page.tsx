import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { findProduct, listProductIds, productSummary } from '@/features/products/queries'

type Props = { params: Promise<{ id: string }> }

// A public page that must rank: the same HTML for every visitor, prerendered at build time for each
// known product and rendered again in the background at most once an hour after a visit. Nothing
// here reads cookies() or headers(): one call would make every request render on demand.
export const revalidate = 3600

export function generateStaticParams(): Array<{ id: string }> {
  return listProductIds().map((id) => ({ id }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const product = findProduct((await params).id)
  if (!product) notFound()
  return {
    title: `${product.name} pricing`,
    description: productSummary(product),
    // One address per product, however the visitor got here (tracking parameters, another host).
    metadataBase: new URL(process.env.SITE_URL ?? 'https://projects.example.com'),
    alternates: { canonical: `/products/${product.id}` },
  }
}

export default async function ProductPage({ params }: Props) {
  const product = findProduct((await params).id)
  // Before anything streams, so the answer is a real 404 that search engines drop.
  if (!product) notFound()
  return (
    <article>
      <h1>{product.name}</h1>
      <p>{productSummary(product)}</p>
    </article>
  )
}
