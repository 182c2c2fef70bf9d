import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const path = (relative: string) => fileURLToPath(new URL(relative, import.meta.url))

// Unit tests sit beside the code they test; the browser suite has its own config in tests/.
export default defineConfig({
  resolve: {
    // The example app's imports, as its tsconfig and the site's Run panel resolve them: `@/` is the
    // app's root and `next/*` APIs outside Next.js are the recording stand-ins in lib/example-runtime.
    alias: [
      { find: /^@\//, replacement: path('./content/examples/') },
      { find: /^next\/cache$/, replacement: path('./content/examples/runtime/next-cache.ts') },
      { find: /^next\/headers$/, replacement: path('./content/examples/runtime/next-headers.ts') },
      { find: /^next\/navigation$/, replacement: path('./content/examples/runtime/next-navigation.ts') },
      { find: /^server-only$/, replacement: path('./content/examples/runtime/server-only.ts') },
    ],
  },
  test: {
    include: [
      'lib/**/*.test.ts',
      'components/**/*.test.{ts,tsx}',
      'scripts/**/*.test.ts',
      'content/**/*.test.{ts,tsx}',
    ],
    exclude: ['**/node_modules/**', 'content/examples/.next/**'],
  },
})
