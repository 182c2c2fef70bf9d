'use client'

import { useState } from 'react'
import { recordVideoUpload, requestVideoUpload } from './actions'

// The file goes from the browser straight to storage: the actions only sign and record, so no
// request to the Next.js server carries the video.
export function VideoUploadForm() {
  const [status, setStatus] = useState('')

  async function upload(formData: FormData) {
    const file = formData.get('video')
    if (!(file instanceof File) || file.size === 0) return setStatus('Choose a video.')
    const ticket = await requestVideoUpload({ name: file.name, size: file.size, type: file.type })
    if (!ticket.ok) return setStatus(Object.values(ticket.fields ?? {})[0] ?? ticket.message)

    setStatus(`Uploading ${file.name}…`)
    // A PUT of the raw file, with the Content-Type the URL was signed for (the browser sets the
    // Content-Length).
    const stored = await fetch(ticket.url, {
      method: 'PUT',
      body: file,
      headers: { 'content-type': file.type },
    })
    if (!stored.ok) {
      return setStatus(`Storage refused the upload (HTTP ${stored.status}). Try again.`)
    }
    setStatus((await recordVideoUpload(ticket.key)).message)
  }

  return (
    <form action={upload}>
      <label>
        Video (MP4, WebM or QuickTime, up to 2 GB)
        <input type="file" name="video" accept="video/mp4,video/webm,video/quicktime" required />
      </label>
      <button type="submit">Upload</button>
      <p role="status">{status}</p>
      <noscript>
        <p>Uploading needs JavaScript: your browser sends the video straight to storage.</p>
      </noscript>
    </form>
  )
}
