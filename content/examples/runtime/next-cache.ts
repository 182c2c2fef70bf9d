import { recordCall } from './recorder'

/** Stand-in for `next/cache` outside Next.js: records the call instead of dropping cached pages. */
export function revalidatePath(path: string, type?: 'page' | 'layout'): void {
  recordCall('revalidatePath', ...(type ? [path, type] : [path]))
}

/** Takes Next.js 16's cache-life profile when given (15 has the tag alone) and records what it got. */
export function revalidateTag(tag: string, profile?: string | { expire?: number }): void {
  recordCall('revalidateTag', ...(profile === undefined ? [tag] : [tag, profile]))
}
