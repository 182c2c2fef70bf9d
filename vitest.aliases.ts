import { fileURLToPath } from 'node:url'

const path = (relative: string) => fileURLToPath(new URL(relative, import.meta.url))

/**
 * How test code resolves the example app's imports, as its tsconfig and the site's Run panel do:
 * `@/` is the app's root, and the `next/*` APIs it calls outside Next.js are the recording
 * stand-ins in content/examples/runtime.
 */
export const exampleAliases = [
  { find: /^@\//, replacement: path('./content/examples/') },
  { find: /^next\/cache$/, replacement: path('./content/examples/runtime/next-cache.ts') },
  { find: /^next\/headers$/, replacement: path('./content/examples/runtime/next-headers.ts') },
  { find: /^next\/navigation$/, replacement: path('./content/examples/runtime/next-navigation.ts') },
  { find: /^server-only$/, replacement: path('./content/examples/runtime/server-only.ts') },
]
