import type { NextApiRequest, NextApiResponse } from 'next'
import type { RequestInput, ResponseRecord } from './route-call'
import { recordCall } from './recorder'
import { exampleOrigin } from './route-call'

/**
 * Calling a Pages Router API handler outside Next.js: a request that streams its body (so
 * `bodyParser: false` handlers can read it raw) and a response that records status, headers and body.
 */

type PagesHandler = (request: NextApiRequest, response: NextApiResponse) => unknown

export async function callPagesApi(
  handler: PagesHandler,
  input: RequestInput,
  options: { bodyParser?: boolean } = {},
): Promise<ResponseRecord> {
  const url = new URL(input.url, exampleOrigin)
  const headers = Object.fromEntries(
    Object.entries(input.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]),
  )
  const raw = input.body ?? ''
  const request = {
    method: input.method,
    url: url.pathname + url.search,
    headers,
    query: Object.fromEntries(url.searchParams),
    cookies: parseCookies(headers.cookie),
    body: options.bodyParser === false ? undefined : parseBody(raw, headers['content-type']),
    async *[Symbol.asyncIterator]() {
      if (raw) yield new TextEncoder().encode(raw)
    },
  } as unknown as NextApiRequest

  const record: ResponseRecord = { status: 200, headers: [], body: '' }
  const response = {
    status(code: number) {
      record.status = code
      return response
    },
    setHeader(name: string, value: string) {
      record.headers.push([name.toLowerCase(), String(value)])
      return response
    },
    json(body: unknown) {
      response.setHeader('content-type', 'application/json; charset=utf-8')
      record.body = JSON.stringify(body)
    },
    send(body: unknown) {
      record.body = typeof body === 'string' ? body : JSON.stringify(body)
    },
    end(body?: string) {
      record.body = body ?? record.body
    },
    // Next.js generates the page again here; outside it, the call is recorded like revalidatePath.
    async revalidate(path: string) {
      if (!path.startsWith('/')) {
        const expected = 'must be a path e.g. /blog/post-1'
        throw new Error(`Invalid urlPath provided to revalidate(), ${expected}, received ${path}`)
      }
      recordCall('res.revalidate', path)
    },
  } as unknown as NextApiResponse

  await handler(request, response)
  record.headers.sort(([a], [b]) => a.localeCompare(b))
  return record
}

function parseBody(raw: string, contentType: string | undefined): unknown {
  if (!raw) return undefined
  if (contentType?.includes('application/json')) {
    try {
      return JSON.parse(raw)
    } catch {
      return raw
    }
  }
  return raw
}

/** The Cookie header as Next.js hands it to an API route: name → value. */
function parseCookies(header: string | undefined): Record<string, string> {
  const cookies: Record<string, string> = {}
  for (const pair of (header ?? '').split(';')) {
    const separator = pair.indexOf('=')
    if (separator > 0)
      cookies[pair.slice(0, separator).trim()] = decodeURIComponent(pair.slice(separator + 1).trim())
  }
  return cookies
}
