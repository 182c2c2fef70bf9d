import type { RunTarget } from '../../content/run-targets'
import { extensionOrigin } from '../../content/examples/lib/cors'

/**
 * The Run panel's input as the reader typed it, turned into a request or form data. Anything
 * malformed comes back as a sentence naming the line, never as a thrown exception.
 */

export type RunInput = {
  method: string
  path: string
  headersText: string
  body: string
  /** Session cookie value of the signed-in user, or '' when signed out. */
  session: string
  /** Bearer token, or '' for none. */
  token: string
  /** Origin header, or '' for none. */
  origin: string
  /** Sign the body with the example webhook secret before sending. */
  sign: boolean
  fields: Record<string, string>
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string }

/** "Name: value" per line; blank lines are skipped. */
export function parseHeaders(text: string): Parsed<Record<string, string>> {
  const headers: Record<string, string> = {}
  const lines = text.split('\n')
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue
    const match = /^\s*([!#$%&'*+\-.^_`|~0-9A-Za-z]+)\s*:\s*(.*?)\s*$/.exec(line)
    if (!match) return { ok: false, error: `Header line ${index + 1} is not "Name: value": ${line.trim()}` }
    headers[match[1]!.toLowerCase()] = match[2]!
  }
  return { ok: true, value: headers }
}

/** The dynamic segments of a path for a route pattern: ('/a/[id]', '/a/p_1') → { id: 'p_1' }. */
export function matchRoute(pattern: string, path: string): Parsed<Record<string, string>> {
  const wanted = pattern.split('/')
  let pathname: string
  try {
    pathname = new URL(path, 'https://example.test').pathname
  } catch {
    return { ok: false, error: `"${path}" is not a path.` }
  }
  const given = pathname.split('/')
  const params: Record<string, string> = {}
  const matches =
    wanted.length === given.length &&
    wanted.every((segment, index) => {
      const value = given[index]!
      const param = /^\[(\w+)\]$/.exec(segment)
      if (param && value !== '') {
        params[param[1]!] = safeDecode(value)
        return true
      }
      return segment === value
    })
  return matches
    ? { ok: true, value: params }
    : { ok: false, error: `This file answers ${pattern}, not ${pathname}.` }
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

/** The input a target starts from: its example request or form, its default caller, signed if it can be. */
export function initialInput(target: RunTarget): RunInput {
  const request = 'request' in target ? target.request : undefined
  return {
    method: request?.method ?? 'POST',
    path: request?.path ?? '',
    headersText: Object.entries(request?.headers ?? {})
      .map(([name, value]) => `${name}: ${value}`)
      .join('\n'),
    body: request?.body ?? '',
    session: target.caller?.session ?? '',
    token: target.caller?.token ?? '',
    origin: target.controls.includes('origin') ? extensionOrigin : '',
    sign: target.controls.includes('sign'),
    fields: { ...('fields' in target ? target.fields : 'searchParams' in target ? target.searchParams : {}) },
  }
}
