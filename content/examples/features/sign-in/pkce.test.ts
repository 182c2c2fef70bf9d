import { describe, expect, it } from 'vitest'
import { codeChallenge, randomToken } from './pkce'

describe('PKCE', () => {
  it('computes the S256 challenge of RFC 7636’s example verifier', async () => {
    expect(await codeChallenge('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe(
      'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    )
  })

  it('makes a new URL-safe token each time', () => {
    const [a, b] = [randomToken(), randomToken()]
    expect(a).toMatch(/^[\w-]{43}$/)
    expect(a).not.toBe(b)
  })
})
