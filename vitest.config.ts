import { defineConfig } from 'vitest/config'

// Unit tests sit beside the code they test; the browser suite has its own config in tests/.
export default defineConfig({
  test: {
    include: [
      'lib/**/*.test.ts',
      'components/**/*.test.{ts,tsx}',
      'scripts/**/*.test.ts',
      'content/**/*.test.ts',
    ],
  },
})
