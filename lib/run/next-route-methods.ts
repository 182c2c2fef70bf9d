/**
 * What Next.js answers itself for a method a route.ts does not export. Read from
 * next/dist/server/route-modules/app-route/helpers/auto-implement-methods.js, the same in 15.5 and
 * 16.4: HEAD runs GET when the file exports GET; OPTIONS answers 204 with an Allow header; any other
 * method gets a 405 with no body and no Allow header. tests/example-app.e2e.ts checks it on both.
 */

/** The methods a route.ts may export, in Next.js's order. */
export const routeMethods = ['GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'DELETE', 'PATCH'] as const

export type AutomaticAnswer = {
  kind: 'head-runs-get' | 'options' | 'method-not-allowed'
  method: string
  /** The methods the file exports, in Next.js's order. */
  exported: string[]
  /** The Allow header Next.js sends to OPTIONS: the exported methods, OPTIONS, and HEAD with GET. */
  allow: string
}

export function exportedMethods(module: Record<string, unknown>): string[] {
  return routeMethods.filter((method) => typeof module[method] === 'function')
}

/** Null when the file exports the method, so its own function answers. */
export function automaticAnswer(exported: string[], method: string): AutomaticAnswer | null {
  if (exported.includes(method)) return null
  const allowed = new Set(['OPTIONS', ...exported])
  if (allowed.has('GET')) allowed.add('HEAD')
  const allow = [...allowed].sort().join(', ')
  const kind =
    method === 'HEAD' && exported.includes('GET')
      ? 'head-runs-get'
      : method === 'OPTIONS'
        ? 'options'
        : 'method-not-allowed'
  return { kind, method, exported, allow }
}

/** One line for the reader: why Next.js, not the file, answered. */
export function automaticAnswerNote(answer: AutomaticAnswer): string {
  const exports = `This file exports only ${listed(answer.exported)}`
  if (answer.kind === 'head-runs-get')
    return `${exports}, so Next.js answered HEAD by running GET; a server sends its status and headers without the body.`
  if (answer.kind === 'options')
    return `${exports}, so Next.js answered OPTIONS itself: 204 with Allow: ${answer.allow}.`
  return (
    `${exports}, so Next.js answered ${answer.method} itself: 405 with no body and no Allow header ` +
    `(OPTIONS gets 204 with Allow: ${answer.allow}${answer.exported.includes('GET') ? ', HEAD runs GET' : ''}).`
  )
}

function listed(methods: string[]): string {
  if (methods.length <= 1) return methods[0] ?? 'no method'
  return `${methods.slice(0, -1).join(', ')} and ${methods.at(-1)}`
}
