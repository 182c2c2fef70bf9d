import { beforeEach, describe, expect, it } from 'vitest'
import { PUT } from '@/app/fake-storage/[...key]/route'
import { db, resetDb } from '@/lib/db'
import { callRoute } from '@/runtime/route-call'
import { setRequestCookies, takeCalls } from '@/runtime/recorder'
import { signedInAda, signedInGrace } from '@/tests/requests'
import { recordVideoUpload, requestVideoUpload } from './actions'

beforeEach(() => {
  resetDb()
  setRequestCookies(signedInAda)
  takeCalls()
})

const clip = { name: 'engine.mp4', size: 3 * 1024 * 1024, type: 'video/mp4' }

/** The browser's PUT of `size` bytes to the signed URL. */
function putToStorage(url: string, size: number, type = 'video/mp4') {
  const headers = { 'content-type': type, 'content-length': String(size) }
  return callRoute(PUT, { method: 'PUT', url, headers, body: 'v'.repeat(size) })
}

describe('a direct upload: sign, PUT to storage, record', () => {
  it('signs a short-lived URL for one new key, then records the upload once storage holds it', async () => {
    const ticket = await requestVideoUpload(clip)
    if (!ticket.ok) throw new Error(ticket.message)
    expect(ticket.key).toMatch(/^videos\/u_ada\/v_\w+\.mp4$/)
    const expires = Number(new URL(ticket.url, 'https://x.example').searchParams.get('expires'))
    expect(expires - Date.now() / 1000).toBeGreaterThan(290)
    expect(expires - Date.now() / 1000).toBeLessThanOrEqual(300)
    expect(takeCalls()).toEqual([])

    expect((await putToStorage(ticket.url, clip.size)).status).toBe(200)
    expect(await recordVideoUpload(ticket.key)).toEqual({ ok: true, message: 'engine.mp4 is uploaded.' })
    expect(db().videoUploads).toEqual([{ ...clip, key: ticket.key, ownerId: 'u_ada', status: 'uploaded' }])
    expect(takeCalls()).toEqual([{ api: 'revalidatePath', args: ['/videos'] }])
  })

  it('does not record an upload that never reached storage, or that belongs to someone else', async () => {
    const ticket = await requestVideoUpload(clip)
    if (!ticket.ok) throw new Error(ticket.message)
    expect(await recordVideoUpload(ticket.key)).toEqual({
      ok: false,
      message: 'engine.mp4 has not reached storage.',
    })

    expect((await putToStorage(ticket.url, clip.size)).status).toBe(200)
    setRequestCookies(signedInGrace)
    expect(await recordVideoUpload(ticket.key)).toEqual({
      ok: false,
      message: 'No upload of yours has that key.',
    })
    expect(await recordVideoUpload('../../etc/passwd')).toMatchObject({ ok: false })
    expect(db().videoUploads[0]?.status).toBe('signed')
    expect(takeCalls()).toEqual([])
  })

  it('refuses to sign a file that is not a video, is too large or empty, and without a session', async () => {
    expect(await requestVideoUpload({ ...clip, type: 'text/html' })).toEqual({
      ok: false,
      message: 'Check the video.',
      fields: { type: 'Choose an MP4, WebM or QuickTime video' },
    })
    expect(await requestVideoUpload({ ...clip, size: 3 * 1024 ** 3 })).toMatchObject({
      fields: { size: 'A video can be at most 2 GB' },
    })
    expect(await requestVideoUpload({ ...clip, size: 0 })).toMatchObject({
      fields: { size: 'That file is empty' },
    })
    setRequestCookies({})
    expect(await requestVideoUpload(clip)).toEqual({
      ok: false,
      message: 'Your session has ended. Sign in again.',
    })
    expect(db().videoUploads).toEqual([])
  })

  it('gives a URL that storage refuses for a bigger file than was signed', async () => {
    const ticket = await requestVideoUpload({ ...clip, size: 1000 })
    if (!ticket.ok) throw new Error(ticket.message)
    expect((await putToStorage(ticket.url, 5000)).status).toBe(403)
    expect((await putToStorage(ticket.url, 1000, 'text/html')).status).toBe(403)
  })
})
