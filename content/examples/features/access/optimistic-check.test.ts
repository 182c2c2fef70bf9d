import { NextRequest } from 'next/server'
import { describe, expect, it } from 'vitest'
import { requireSessionCookie } from './optimistic-check'

const request = (path: string, cookie?: string) =>
  new NextRequest(new URL(path, 'https://projects.example.com'), {
    headers: cookie ? { cookie } : {},
  })

describe('requireSessionCookie', () => {
  it('sends a browser without a session cookie to sign in, remembering where it was going', () => {
    const response = requireSessionCookie(request('/members/roles?sort=name'))
    expect(response.status).toBe(307)
    const location = new URL(response.headers.get('location')!)
    expect(location.pathname).toBe('/auth/sign-in')
    expect(location.searchParams.get('returnTo')).toBe('/members/roles?sort=name')
  })

  it('lets any session cookie through: whose it is, the page checks', () => {
    const response = requireSessionCookie(request('/members', 'session=not-even-valid'))
    expect(response.headers.get('x-middleware-next')).toBe('1')
    expect(response.headers.get('location')).toBeNull()
  })
})
