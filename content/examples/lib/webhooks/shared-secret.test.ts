import { describe, expect, it } from 'vitest'
import { secretMatches } from './shared-secret'

describe('secretMatches', () => {
  it('is true for the secret only: not a prefix, a longer string, another case or an empty string', async () => {
    expect(await secretMatches('s3cret-value', 's3cret-value')).toBe(true)
    for (const given of ['s3cret', 's3cret-value-and-more', 'S3CRET-VALUE', ''])
      expect(await secretMatches(given, 's3cret-value')).toBe(false)
  })
})
