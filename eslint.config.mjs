import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { FlatCompat } from '@eslint/eslintrc'

const compat = new FlatCompat({ baseDirectory: dirname(fileURLToPath(import.meta.url)) })

// Modules that only the build may load: Node's own, the compiler, the highlighter, the layout engine,
// the PNG renderer, our build and test scripts, and lib/build (which uses them).
const buildOnly = [
  { group: ['node:*'], message: 'Node built-ins run only at build time.' },
  {
    group: ['typescript', 'shiki', 'shiki/*', '@dagrejs/dagre', '@resvg/resvg-js'],
    message: 'Build-only library: use it in lib/build or scripts, and pass its result as page data.',
  },
  { group: ['**/scripts/**'], message: 'scripts/ is build and test code, never part of a page.' },
  {
    group: ['**/lib/build/**'],
    message: 'lib/build is build-only; import only its types here (import type).',
  },
]

// What lib/ (outside its page-data modules) must not depend on: it is plain TypeScript.
const uiFrameworks = [
  {
    group: [
      'react',
      'react/*',
      'react-dom',
      'react-dom/*',
      'next',
      'next/*',
      'nextra',
      'nextra/*',
      'nextra-theme-docs',
    ],
    message: 'lib/ is plain TypeScript: React and Next.js belong in components/ and pages/.',
  },
]

const restrict = (patterns) => ({
  '@typescript-eslint/no-restricted-imports': [
    'error',
    { patterns: patterns.map((p) => ({ ...p, allowTypeImports: true })) },
  ],
})

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
    // What a page ships to the browser: components, the app shell, the theme config, and the plain
    // lib modules they use.
    files: ['components/**', 'pages/**/*.{ts,tsx}', 'theme.config.tsx'],
    rules: restrict(buildOnly),
  },
  {
    files: ['lib/**'],
    ignores: ['lib/build/**', '**/*.test.ts', '**/*.test-helper.ts'],
    rules: restrict([...buildOnly, ...uiFrameworks]),
  },
  {
    // Build-time modules may use Node and the build libraries, but still not React or Next.js,
    // except the page-data modules that shape getStaticProps.
    files: ['lib/build/**'],
    ignores: ['lib/build/page-data/**'],
    rules: restrict(uiFrameworks),
  },
  {
    // Nextra reads the default export of each _meta file as the page order.
    files: ['**/_meta.ts'],
    rules: { 'import/no-anonymous-default-export': 'off' },
  },
]

export default eslintConfig
