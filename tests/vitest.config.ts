import { defineConfig } from 'vitest/config'
import { exampleAliases } from '../vitest.aliases.ts'
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
    // One browser per file, two files at a time on two cores; tests inside a file run in order.
    fileParallelism: true,
    maxWorkers: 2,
    sequence: { sequencer: LongestFirstSequencer },
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
})
