import type { RunTarget } from '../../content/run-targets'
import { signStripePayload } from '../../content/examples/features/billing/stripe-signature'
import { exampleWebhookSecret } from '../../content/examples/features/billing/webhook-events'
import { db, resetDb } from '../../content/examples/lib/db'
import { callAction, type ActionOutcome } from '../../content/examples/runtime/action-call'
import { NavigationSignal } from '../../content/examples/runtime/next-navigation'
import { callPagesApi } from '../../content/examples/runtime/pages-api-call'
import { setRequestCookies, takeCalls, type RuntimeCall } from '../../content/examples/runtime/recorder'
import { callRoute, type RequestInput, type ResponseRecord } from '../../content/examples/runtime/route-call'
import { automaticAnswer, exportedMethods, type AutomaticAnswer } from './next-route-methods'
import { matchRoute, parseHeaders, type RunInput } from './run-input'
import { snapshotOf, storeChanges, type StoreChange } from './store-changes'

/**
 * Run one target of the Run panel with the reader's input: the example module itself, with the
 * store and the `next/*` stand-ins recording what it did.
 */

export type RunResult =
  | {
      kind: 'response'
      response: ResponseRecord
      calls: RuntimeCall[]
      changes: StoreChange[]
      /** Set when Next.js, not the file, answered the method. */
      automatic?: AutomaticAnswer
    }
  | { kind: 'action'; outcome: ActionOutcome; changes: StoreChange[] }
  | { kind: 'page'; rendered: unknown; calls: RuntimeCall[]; changes: StoreChange[] }
  | { kind: 'invalid-input'; error: string }

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>

export { resetDb as resetExampleStore }

export async function execute(target: RunTarget, input: RunInput): Promise<RunResult> {
  const loaded = await target.load()
  const before = snapshotOf(db())
  const changes = () => storeChanges(before, snapshotOf(db()))
  const cookies: Record<string, string> = input.session ? { session: input.session } : {}

  if (target.kind === 'action') {
    // callAction sets the request's cookies and collects the calls itself.
    const action = loaded[target.exportName] as Parameters<typeof callAction>[0]
    const outcome = await callAction(action, input.fields, { cookies })
    return { kind: 'action', outcome, changes: changes() }
  }

  setRequestCookies(cookies)
  takeCalls()

  if (target.kind === 'page') {
    const Page = loaded.default as (props: {
      searchParams: Promise<Record<string, string>>
    }) => Promise<unknown>
    const searchParams = Object.fromEntries(Object.entries(input.fields).filter(([, value]) => value !== ''))
    try {
      const rendered = await Page({ searchParams: Promise.resolve(searchParams) })
      return { kind: 'page', rendered, calls: takeCalls(), changes: changes() }
    } catch (error) {
      if (error instanceof NavigationSignal)
        return { kind: 'page', rendered: null, calls: takeCalls(), changes: changes() }
      throw error
    }
  }

  const request = await requestFrom(input)
  if (!request.ok) return { kind: 'invalid-input', error: request.error }

  if (target.kind === 'pages-api') {
    const handler = loaded.default as Parameters<typeof callPagesApi>[0]
    const config = loaded.config as { api?: { bodyParser?: boolean } } | undefined
    const response = withoutHeadBody(input.method, await callPagesApi(handler, request.value, config?.api))
    return { kind: 'response', response, calls: takeCalls(), changes: changes() }
  }

  const params = matchRoute(target.route, input.path)
  if (!params.ok) return { kind: 'invalid-input', error: params.error }
  const automatic = automaticAnswer(exportedMethods(loaded), input.method) ?? undefined
  const handler = loaded[automatic?.kind === 'head-runs-get' ? 'GET' : input.method] as Handler
  const response = withoutHeadBody(
    input.method,
    automatic && automatic.kind !== 'head-runs-get'
      ? nextAnswer(automatic)
      : await callRoute(handler, request.value, params.value),
  )
  return {
    kind: 'response',
    response,
    calls: takeCalls(),
    changes: changes(),
    ...(automatic && { automatic }),
  }
}

async function requestFrom(
  input: RunInput,
): Promise<{ ok: true; value: RequestInput } | { ok: false; error: string }> {
  const headers = parseHeaders(input.headersText)
  if (!headers.ok) return headers
  const all = { ...headers.value }
  if (input.token) all.authorization = `Bearer ${input.token}`
  if (input.origin) all.origin = input.origin
  if (input.session) all.cookie = `session=${input.session}`
  if (input.sign) all['stripe-signature'] = await signStripePayload(input.body, exampleWebhookSecret)
  return { ok: true, value: { method: input.method, url: input.path, headers: all, body: input.body } }
}

/** The response Next.js makes itself: 204 with Allow for OPTIONS, else an empty 405 with no headers. */
function nextAnswer(automatic: AutomaticAnswer): ResponseRecord {
  return automatic.kind === 'options'
    ? { status: 204, headers: [['allow', automatic.allow]], body: '' }
    : { status: 405, headers: [], body: '' }
}

/** A server sends no body with a response to HEAD, whatever the handler returned. */
function withoutHeadBody(method: string, response: ResponseRecord): ResponseRecord {
  return method === 'HEAD' ? { ...response, body: '' } : response
}
