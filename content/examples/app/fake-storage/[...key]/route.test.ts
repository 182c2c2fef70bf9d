import { beforeEach, describe, expect, it } from 'vitest'
import { presignPut } from '@/features/uploads/storage'
import { db, resetDb } from '@/lib/db'
import { callRoute } from '@/runtime/route-call'
import { PUT } from './route'

beforeEach(resetDb)

const key = 'videos/u_ada/v_test.mp4'
const inFiveMinutes = () => Math.floor(Date.now() / 1000) + 300

const put = (url: string, body: string, headers: Record<string, string>) =>
  callRoute(PUT, { method: 'PUT', url, headers, body })

const video = (size: number) => ({
  body: 'x'.repeat(size),
  headers: { 'content-type': 'video/mp4', 'content-length': String(size) },
})

describe('PUT /fake-storage/[...key]', () => {
  it('stores an upload that matches its signed URL and answers with an ETag', async () => {
    const url = await presignPut({ key, size: 2048, type: 'video/mp4', expires: inFiveMinutes() })
    const { body, headers } = video(2048)
    const response = await put(url, body, headers)
    expect(response.status).toBe(200)
    expect(response.headers).toContainEqual(['etag', expect.stringMatching(/^"[0-9a-f]{32}"$/)])
    expect(db().storedObjects[key]).toMatchObject({ size: 2048, type: 'video/mp4' })
  })

  it('answers 403 for a tampered signature, another size or type, or an expired URL, and stores nothing', async () => {
    const url = await presignPut({ key, size: 2048, type: 'video/mp4', expires: inFiveMinutes() })
    const { body, headers } = video(2048)
    const tampered = url.replace(/signature=(.)/, (_, first) => `signature=${first === 'a' ? 'b' : 'a'}`)
    const refusals = [
      await put(tampered, body, headers),
      await put(url, 'x'.repeat(4096), { ...headers, 'content-length': '4096' }),
      await put(url, body, { ...headers, 'content-type': 'text/html' }),
      await put(url.replace(/expires=\d+/, `expires=${inFiveMinutes() + 86_400}`), body, headers),
    ]
    for (const refusal of refusals) {
      expect(refusal.status).toBe(403)
      expect(refusal.body).toContain('<Code>SignatureDoesNotMatch</Code>')
    }
    const expiredUrl = await presignPut({
      key,
      size: 2048,
      type: 'video/mp4',
      expires: inFiveMinutes() - 600,
    })
    const expired = await put(expiredUrl, body, headers)
    expect(expired.status).toBe(403)
    expect(expired.body).toContain('<Code>AccessDenied</Code><Message>Request has expired.</Message>')
    expect(db().storedObjects).toEqual({})
  })

  it('answers 411 without a Content-Length and 400 when the body is shorter than it says', async () => {
    const url = await presignPut({ key, size: 2048, type: 'video/mp4', expires: inFiveMinutes() })
    expect((await put(url, 'x'.repeat(2048), { 'content-type': 'video/mp4' })).status).toBe(411)
    const short = await put(url, 'x'.repeat(100), video(2048).headers)
    expect(short.status).toBe(400)
    expect(db().storedObjects).toEqual({})
  })
})
