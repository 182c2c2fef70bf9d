import { describe, expect, it } from 'vitest'
import { buildRequest } from '@/runtime/route-call'
import { exampleCronSecret, hasCronSecret, sameSecret } from './cron-secret'

const withAuthorization = (authorization?: string) =>
  buildRequest({
    method: 'GET',
    url: '/api/cron/cleanup',
    headers: authorization === undefined ? {} : { authorization },
  })

describe('sameSecret', () => {
  it('accepts the same string and refuses any other, whatever its length', async () => {
    expect(await sameSecret('s3cret-value', 's3cret-value')).toBe(true)
    for (const guess of ['s3cret-valuf', 's3cret-valu', 's3cret-value!', '', 'S3CRET-VALUE']) {
      expect(await sameSecret(guess, 's3cret-value'), guess).toBe(false)
    }
  })
})

describe('hasCronSecret', () => {
  it('accepts the secret as a bearer token, and nothing else', async () => {
    expect(await hasCronSecret(withAuthorization(`Bearer ${exampleCronSecret}`))).toBe(true)
    expect(await hasCronSecret(withAuthorization('Bearer other'), 'mine')).toBe(false)
    expect(await hasCronSecret(withAuthorization('Bearer mine'), 'mine')).toBe(true)
    for (const header of [undefined, '', exampleCronSecret, `Basic ${exampleCronSecret}`, 'Bearer ']) {
      expect(await hasCronSecret(withAuthorization(header)), String(header)).toBe(false)
    }
  })
})
