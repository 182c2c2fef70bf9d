import { defineConfig } from 'vitest/config'
import { exampleAliases } from '../content/examples/runtime/vitest-aliases.ts'
import { LongestFirstSequencer } from './harness/longest-first-sequencer.ts'

// End-to-end suite: a real Chromium against the exported site in out/.
export default defineConfig({
  resolve: { alias: exampleAliases },
  // The example app's pages are TSX with the automatic JSX runtime, as Next.js compiles them.
  oxc: { jsx: { runtime: 'automatic' } },
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/**/*.e2e.ts'],
    globalSetup: ['tests/harness/global-setup.ts'],
    // Two files at a time on two cores, one browser per worker; tests inside a file run in order.
    fileParallelism: true,
    maxWorkers: 2,
    // Workers run file after file, so the browser fixture (scope: 'worker') is launched twice in all.
    isolate: false,
    sequence: { sequencer: LongestFirstSequencer },
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
})
