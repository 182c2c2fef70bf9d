import { beforeEach, describe, expect, it } from 'vitest'
import { db, resetDb } from '@/lib/db'
import { setRequestCookies, takeCalls } from '@/runtime/recorder'
import { signedInAda } from '@/tests/requests'
import { uploadAvatar } from './actions'

beforeEach(() => {
  resetDb()
  setRequestCookies(signedInAda)
  takeCalls()
})

const pngHeader = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

/** A file of `size` bytes that starts with `head`, as the form would send it. */
function upload(head: number[], size: number, name = 'me.png', type = 'image/png'): FormData {
  const bytes = new Uint8Array(size)
  bytes.set(head.slice(0, size))
  const formData = new FormData()
  formData.append('avatar', new File([bytes], name, { type }))
  return formData
}

describe('uploadAvatar', () => {
  it('saves a small PNG for the signed-in user and revalidates the page', async () => {
    const result = await uploadAvatar(null, upload(pngHeader, 3000))
    expect(result).toEqual({ ok: true, message: 'Avatar saved (3 KB).' })
    expect(db().avatars.u_ada).toMatchObject({ type: 'image/png', size: 3000 })
    expect(atob(db().avatars.u_ada!.base64).charCodeAt(1)).toBe(0x50)
    expect(takeCalls()).toEqual([{ api: 'revalidatePath', args: ['/account/avatar'] }])
  })

  it('goes by the first bytes, not by the name or the type the browser sent', async () => {
    const jpeg = await uploadAvatar(null, upload([0xff, 0xd8, 0xff, 0xe0], 100, 'me.txt', 'text/plain'))
    expect(jpeg).toMatchObject({ ok: true })
    expect(db().avatars.u_ada?.type).toBe('image/jpeg')

    const text = await uploadAvatar(null, upload([0x68, 0x69], 100, 'cat.png', 'image/png'))
    expect(text).toEqual({
      ok: false,
      message: 'Check the image.',
      fields: { avatar: 'That file is not a PNG, JPEG or WebP image.' },
    })
    const svg = new FormData()
    svg.append(
      'avatar',
      new File(['<svg xmlns="http://www.w3.org/2000/svg"/>'], 'a.svg', { type: 'image/svg+xml' }),
    )
    expect(await uploadAvatar(null, svg)).toMatchObject({ ok: false, fields: { avatar: expect.any(String) } })
    expect(db().avatars.u_ada?.type).toBe('image/jpeg')
  })

  it('refuses a file over 512 KB before reading it, and a form with no file', async () => {
    const large = await uploadAvatar(null, upload(pngHeader, 512 * 1024 + 1))
    expect(large).toEqual({
      ok: false,
      message: 'Check the image.',
      fields: { avatar: 'That image is 513 KB; an avatar can be at most 512 KB.' },
    })
    expect(await uploadAvatar(null, upload(pngHeader, 512 * 1024))).toMatchObject({ ok: true })

    const empty = new FormData()
    empty.append('avatar', new File([], '', { type: 'application/octet-stream' }))
    expect(await uploadAvatar(null, empty)).toMatchObject({
      fields: { avatar: 'Choose a PNG, JPEG or WebP image.' },
    })
    const text = new FormData()
    text.append('avatar', 'not a file')
    expect(await uploadAvatar(null, text)).toMatchObject({ ok: false })
  })

  it('refuses a post without a session and saves nothing', async () => {
    setRequestCookies({})
    const result = await uploadAvatar(null, upload(pngHeader, 100))
    expect(result).toEqual({ ok: false, message: 'Your session has ended. Sign in again.' })
    expect(db().avatars).toEqual({})
    expect(takeCalls()).toEqual([])
  })
})
