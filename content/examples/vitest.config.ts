import { defineConfig } from 'vitest/config'
import { exampleAliases } from './runtime/vitest-aliases'

// The app's own unit tests, for running them where the app is installed on its own (the current
// Next.js); the site's vitest.config.ts runs the same files with the site's Next.js 15.
export default defineConfig({
  resolve: { alias: exampleAliases },
  // Pages are TSX with the automatic JSX runtime, as Next.js compiles them.
  oxc: { jsx: { runtime: 'automatic' } },
  test: { include: ['**/*.test.ts'], exclude: ['node_modules/**', '.next/**'] },
})
