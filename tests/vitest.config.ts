import { defineConfig } from 'vitest/config'

// End-to-end suite: a real Chromium against the exported site in out/.
export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/**/*.e2e.ts'],
    globalSetup: ['tests/harness/global-setup.ts'],
    // One browser per file and two cores: files run one after another, tests inside a file in order.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
})
