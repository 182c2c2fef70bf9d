import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { FlatCompat } from '@eslint/eslintrc'

const compat = new FlatCompat({ baseDirectory: dirname(fileURLToPath(import.meta.url)) })

const eslintConfig = [
  {
    ignores: [
      'node_modules/',
      '.next/',
      'out/',
      'bench/baseline/',
      'bench/plain-articles/',
      'tests/artifacts/',
      '**/next-env.d.ts',
      'content/examples/.next/',
    ],
  },
  ...compat.extends('next/core-web-vitals', 'next/typescript'),
  {
    settings: { next: { rootDir: ['.', 'content/examples/'] } },
    rules: {
      // Pages here are MDX and the static export has no image optimiser.
      '@next/next/no-img-element': 'off',
    },
  },
  {
    // Nextra reads the default export of each _meta file as the page order.
    files: ['**/_meta.ts'],
    rules: { 'import/no-anonymous-default-export': 'off' },
  },
]

export default eslintConfig
