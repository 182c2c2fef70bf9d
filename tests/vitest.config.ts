import { configDefaults, defineConfig } from 'vitest/config'
import { exampleAliases } from '../content/examples/runtime/vitest-aliases.ts'
import { LongestFirstSequencer } from './harness/longest-first-sequencer.ts'

const subPathTests = 'tests/sub-path.e2e.ts'

// End-to-end suite: a real Chromium against the exported site in out/.
export default defineConfig({
  resolve: { alias: exampleAliases },
  // The example app's pages are TSX with the automatic JSX runtime, as Next.js compiles them.
  oxc: { jsx: { runtime: 'automatic' } },
  test: {
    root: new URL('..', import.meta.url).pathname,
    // Two files at a time on two cores, one browser per worker; tests inside a file run in order.
    fileParallelism: true,
    maxWorkers: 2,
    // Workers run file after file, so the browser fixture (scope: 'worker') is launched twice in all.
    isolate: false,
    sequence: { sequencer: LongestFirstSequencer },
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // expect.poll waits for what a page does next (a render after a press, a route change). Its own
    // default of 1 s is shorter than a render takes on a busy 2-core machine, while the prefixed export
    // builds beside the tests; Playwright's own waits allow 30 s.
    expect: { poll: { timeout: 10_000 } },
    // Vitest runs a project's global setup only when one of its files runs: the sub-path server starts
    // only for tests/sub-path.e2e.ts, which builds the prefixed export (one more `next build`) itself.
    projects: [
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/**/*.e2e.ts'],
          exclude: [...configDefaults.exclude, subPathTests],
          globalSetup: ['tests/harness/global-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          // The site built with BASE_PATH and served under that prefix.
          name: 'sub-path',
          include: [subPathTests],
          globalSetup: ['tests/harness/sub-path-setup.ts'],
        },
      },
    ],
  },
})
