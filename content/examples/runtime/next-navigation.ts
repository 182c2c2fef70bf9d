import { recordCall } from './recorder'

/** Thrown by the redirect and notFound stand-ins, as Next.js throws to stop rendering or an action. */
export class NavigationSignal extends Error {
  constructor(
    readonly kind: 'redirect' | 'notFound',
    readonly url?: string,
  ) {
    super(kind === 'redirect' ? `redirect(${url})` : 'notFound()')
  }
}

export function redirect(url: string): never {
  recordCall('redirect', url)
  throw new NavigationSignal('redirect', url)
}

export function notFound(): never {
  recordCall('notFound')
  throw new NavigationSignal('notFound')
}
