/**
 * Calling a Route Handler the way Next.js does, from a plain description of a request, and reading
 * its Response back into plain data. Used by the example tests and by the Run panel in the browser.
 */

export type RequestInput = {
  method: string
  /** Absolute URL, or a path resolved against the example origin. */
  url: string
  headers?: Record<string, string>
  body?: string
}

export type ResponseRecord = { status: number; headers: Array<[string, string]>; body: string }

export const exampleOrigin = 'https://projects.example.com'

/**
 * A Request carrying every header given. Browsers drop "forbidden" headers such as Origin and
 * Cookie from a constructed Request, but a route reads them from a real one, so the request gets a
 * standalone Headers object that keeps them.
 */
export function buildRequest({ method, url, headers = {}, body }: RequestInput): Request {
  const hasBody = body !== undefined && body !== '' && method !== 'GET' && method !== 'HEAD'
  const request = new Request(new URL(url, exampleOrigin), { method, body: hasBody ? body : undefined })
  Object.defineProperty(request, 'headers', { value: new Headers(headers) })
  return request
}

export async function readResponse(response: Response): Promise<ResponseRecord> {
  return {
    status: response.status,
    headers: [...response.headers].sort(([a], [b]) => a.localeCompare(b)),
    body: await response.text(),
  }
}

/** Run one exported method of a route module with the given request and dynamic segments. */
export async function callRoute<Params extends Record<string, string>>(
  handler: (request: Request, context: { params: Promise<Params> }) => Response | Promise<Response>,
  input: RequestInput,
  params: Params = {} as Params,
): Promise<ResponseRecord> {
  return readResponse(await handler(buildRequest(input), { params: Promise.resolve(params) }))
}
