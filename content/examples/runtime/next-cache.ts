import { recordCall } from './recorder'

/** Stand-in for `next/cache` outside Next.js: records the call instead of dropping cached pages. */
export function revalidatePath(path: string, type?: 'page' | 'layout'): void {
  recordCall('revalidatePath', ...(type ? [path, type] : [path]))
}

export function revalidateTag(tag: string): void {
  recordCall('revalidateTag', tag)
}
