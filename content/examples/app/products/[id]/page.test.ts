import { renderToStaticMarkup } from 'react-dom/server'
import { beforeEach, describe, expect, it } from 'vitest'
import { db, resetDb } from '@/lib/db'
import { NavigationSignal } from '@/runtime/next-navigation'
import ProductPage, { generateMetadata, generateStaticParams, revalidate } from './page'

beforeEach(resetDb)

const props = (id: string) => ({ params: Promise.resolve({ id }) })

describe('app/products/[id]/page.tsx', () => {
  it('prerenders one page per product, each id a string', () => {
    expect(generateStaticParams()).toEqual([{ id: 'prod_starter' }, { id: 'prod_team' }])
    db().products.push({ id: 'prod_school', name: 'School', priceCents: 0 })
    expect(generateStaticParams()).toContainEqual({ id: 'prod_school' })
  })

  it('revalidates on a timer rather than rendering on every request', () => {
    expect(revalidate).toBeGreaterThan(0)
  })

  it('gives each product its own title, description and absolute canonical address', async () => {
    const metadata = await generateMetadata(props('prod_team'))
    expect(metadata.title).toBe('Team & Co pricing')
    expect(metadata.description).toBe('The Team & Co plan costs $49.00 a month.')
    const canonical = new URL(String(metadata.alternates?.canonical), metadata.metadataBase!)
    expect(canonical.href).toBe('https://projects.example.com/products/prod_team')
  })

  it('renders the product from the store', async () => {
    const html = renderToStaticMarkup(await ProductPage(props('prod_starter')))
    expect(html).toBe('<article><h1>Starter</h1><p>The Starter plan costs $9.00 a month.</p></article>')
  })

  it('answers notFound() for an unknown product, in the metadata and in the page', async () => {
    const signal = { kind: 'notFound' }
    await expect(generateMetadata(props('prod_missing'))).rejects.toMatchObject(signal)
    await expect(ProductPage(props('prod_missing'))).rejects.toBeInstanceOf(NavigationSignal)
  })
})
