import { afterEach, describe, expect, it, vi } from 'vitest'
import { siteOrigin } from './site-origin'

afterEach(() => vi.unstubAllEnvs())

describe('siteOrigin', () => {
  it('takes the host the browser asked for', () => {
    const request = new Request('http://localhost:3000/auth/sign-in', { headers: { host: '127.0.0.1:3000' } })
    expect(siteOrigin(request)).toBe('http://127.0.0.1:3000')
    const forwarded = new Request('http://localhost:3000/members', {
      headers: { host: 'localhost:3000', 'x-forwarded-host': '127.0.0.1:3000' },
    })
    expect(siteOrigin(forwarded)).toBe('http://127.0.0.1:3000')
  })

  it('prefers APP_ORIGIN, and falls back to the request URL without a Host header', () => {
    expect(siteOrigin(new Request('https://projects.example.com/x'))).toBe('https://projects.example.com')
    vi.stubEnv('APP_ORIGIN', 'https://app.example.com')
    expect(siteOrigin(new Request('http://localhost:3000/x'))).toBe('https://app.example.com')
  })
})
