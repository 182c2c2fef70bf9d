import { storageBase, storageSecret } from '@/features/uploads/storage'
import { verifyUpload } from '@/features/uploads/upload-signature'
import { db } from '@/lib/db'

// A stand-in for S3-style storage, so the example runs on its own: it takes a PUT to a presigned
// URL, checks the signature, the expiry and the size, and answers as such a service does. Your app
// does not have this file: the browser uploads to the bucket's own URL.

const xmlError = (status: number, code: string, message: string) => {
  const error = `<Error><Code>${code}</Code><Message>${message}</Message></Error>`
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${error}`, {
    status,
    headers: { 'content-type': 'application/xml' },
  })
}

// The object key is the rest of the path, as in a bucket's own URLs (the app's keys need no
// escaping).
export async function PUT(request: Request) {
  const url = new URL(request.url)
  const key = url.pathname.slice(storageBase.length)
  const query = url.searchParams
  const length = request.headers.get('content-length')
  if (length === null || !/^\d+$/.test(length))
    return xmlError(411, 'MissingContentLength', 'You must provide the Content-Length HTTP header.')

  const grant = {
    key,
    size: Number(length),
    type: request.headers.get('content-type') ?? '',
    expires: Number(query.get('expires')),
  }
  const check = await verifyUpload(grant, query.get('signature') ?? '', storageSecret())
  if (!check.ok) return xmlError(403, check.code, check.message)

  // Count the bytes rather than keep them: the fake holds sizes, not the videos themselves.
  let received = 0
  const reader = request.body?.getReader()
  for (let chunk = await reader?.read(); chunk && !chunk.done; chunk = await reader!.read()) {
    received += chunk.value.byteLength
  }
  if (received !== grant.size)
    return xmlError(400, 'IncompleteBody', 'The body is not as long as Content-Length says.')

  const etag = `"${crypto.randomUUID().replaceAll('-', '')}"`
  db().storedObjects[key] = { size: received, type: grant.type, etag }
  return new Response(null, { status: 200, headers: { etag } })
}
