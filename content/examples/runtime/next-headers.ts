import { recordCall, requestCookies, requestHeaders } from './recorder'

type Cookie = { name: string; value: string }

/** Stand-in for `next/headers` cookies(): reads the cookies set for this run, records changes. */
export async function cookies() {
  const jar = requestCookies()
  return {
    get(name: string): Cookie | undefined {
      const value = jar.get(name)
      return value === undefined ? undefined : { name, value }
    },
    getAll(): Cookie[] {
      return [...jar].map(([name, value]) => ({ name, value }))
    },
    has(name: string): boolean {
      return jar.has(name)
    },
    set(name: string, value: string): void {
      recordCall('cookies().set', name, value)
      jar.set(name, value)
    },
    delete(name: string): void {
      recordCall('cookies().delete', name)
      jar.delete(name)
    },
  }
}

/** Stand-in for `next/headers` headers(): a read-only copy of the headers set for this run. */
export async function headers(): Promise<Headers> {
  return new Headers(requestHeaders())
}
