import type { GetServerSidePropsContext } from 'next'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { beforeEach, describe, expect, it } from 'vitest'
import MyProjectsPage, { getServerSideProps } from '@/pages/my-projects'
import { resetDb } from '@/lib/db'

// Beside pages/ rather than in it: every file under pages/ becomes a route.
beforeEach(resetDb)

/** The part of the context this data function reads: the request's cookies. */
const contextWith = (cookies: Record<string, string>) =>
  ({ req: { cookies }, query: {}, resolvedUrl: '/my-projects' }) as unknown as GetServerSidePropsContext

// .ts rather than .tsx, so the app's own vitest (which runs *.test.ts) runs it on Next.js 16 too.
const render = (props: Parameters<typeof MyProjectsPage>[0]) =>
  renderToStaticMarkup(createElement(MyProjectsPage, props))

async function propsFor(cookies: Record<string, string>) {
  const result = await getServerSideProps(contextWith(cookies))
  if (!('props' in result)) throw new Error('expected props')
  return result.props
}

describe('pages/my-projects.tsx', () => {
  it('reads the signed-in user’s projects through the query, with only the fields it shows', async () => {
    const props = await propsFor({ session: 'session-ada' })
    expect(props).toEqual({
      signedIn: true,
      userName: 'Ada Lovelace',
      projects: [
        { id: 'p_engine', name: 'Analytical Engine', status: 'active' },
        { id: 'p_notes', name: 'Notes on the Engine', status: 'draft' },
      ],
    })
    const html = render(props)
    expect(html).toContain('Signed in as Ada Lovelace')
    expect(html).toContain('Analytical Engine: <span data-status="active">active</span>')
  })

  it('reads nothing without a session, or with one that names nobody', async () => {
    for (const cookies of [{}, { session: 'session-forged' }] as Array<Record<string, string>>) {
      const props = await propsFor(cookies)
      expect(props).toEqual({ signedIn: false })
      expect(render(props)).toBe('<main><h1>Your projects</h1><p>Sign in to see your projects.</p></main>')
    }
  })
})
