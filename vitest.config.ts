import { defineConfig } from 'vitest/config'
import { exampleAliases } from './content/examples/runtime/vitest-aliases.ts'

// Unit tests sit beside the code they test; the browser suite has its own config in tests/.
export default defineConfig({
  resolve: { alias: exampleAliases },
  // The example app's pages are TSX with the automatic JSX runtime, as Next.js compiles them.
  oxc: { jsx: { runtime: 'automatic' } },
  test: {
    include: [
      'lib/**/*.test.ts',
      'components/**/*.test.{ts,tsx}',
      'scripts/**/*.test.ts',
      'content/**/*.test.{ts,tsx}',
    ],
    exclude: ['**/node_modules/**', 'content/examples/.next/**'],
    // Worker threads that keep their module cache between files: half the time of a fresh process
    // per file. Tests that touch shared state reset it themselves (the example store in beforeEach).
    pool: 'threads',
    isolate: false,
  },
})
