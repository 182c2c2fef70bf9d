'use client'

import { useActionState, useState } from 'react'
import { avatarTooLarge, avatarTypes, maxAvatarBytes } from '@/features/avatars/avatar-rules'
import { uploadAvatar } from './actions'

// The size check here saves the upload and shows a clear message; the action checks again. A
// body over Next.js's 1 MB limit never reaches the action: without this check, the reader would
// get an error page instead of a message.
export function AvatarForm() {
  const [result, formAction, pending] = useActionState(uploadAvatar, null)
  const [tooLarge, setTooLarge] = useState<string | null>(null)
  const refused = result?.ok === false ? (result.fields?.avatar ?? result.message) : null
  const error = tooLarge ?? refused
  return (
    <form action={formAction}>
      <label>
        Avatar (PNG, JPEG or WebP, at most 512 KB)
        <input
          type="file"
          name="avatar"
          accept={avatarTypes.join(',')}
          required
          aria-invalid={Boolean(error)}
          aria-describedby={error ? 'avatar-error' : undefined}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0]
            setTooLarge(file && file.size > maxAvatarBytes ? avatarTooLarge(file.size) : null)
          }}
        />
      </label>
      {error && (
        <p id="avatar-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" disabled={pending || tooLarge !== null}>
        {pending ? 'Uploading…' : 'Upload'}
      </button>
      <p role="status">{result?.ok ? result.message : ''}</p>
    </form>
  )
}
