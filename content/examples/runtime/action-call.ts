import { NavigationSignal } from './next-navigation'
import { setRequestCookies, setRequestHeaders, takeCalls, type RuntimeCall } from './recorder'

/**
 * Calling a Server Action the way a form does: with the previous state and the form's FormData,
 * for a request that carries the given cookies and headers. A redirect() or notFound() is reported,
 * not thrown.
 */

export type ActionOutcome =
  | { kind: 'returned'; value: unknown; calls: RuntimeCall[] }
  | { kind: 'navigated'; to: string; calls: RuntimeCall[] }
  | { kind: 'threw'; message: string; calls: RuntimeCall[] }

type FormAction = (previous: never, formData: FormData) => Promise<unknown>

/** The state the form held before, and the cookies and headers of the request. */
export type ActionCallOptions = {
  previous?: unknown
  cookies?: Record<string, string>
  headers?: Record<string, string>
}

export function formDataOf(fields: Record<string, string>): FormData {
  const formData = new FormData()
  for (const [name, value] of Object.entries(fields)) formData.append(name, value)
  return formData
}

export async function callAction(
  action: FormAction,
  fields: Record<string, string>,
  options: ActionCallOptions = {},
): Promise<ActionOutcome> {
  setRequestCookies(options.cookies ?? {})
  setRequestHeaders(options.headers ?? {})
  takeCalls()
  try {
    const value = await action((options.previous ?? null) as never, formDataOf(fields))
    return { kind: 'returned', value, calls: takeCalls() }
  } catch (error) {
    if (error instanceof NavigationSignal) {
      return { kind: 'navigated', to: error.url ?? '(not found)', calls: takeCalls() }
    }
    return {
      kind: 'threw',
      message: error instanceof Error ? error.message : String(error),
      calls: takeCalls(),
    }
  }
}
