import { fileURLToPath } from 'node:url'
import { createHash } from 'node:crypto'
import path from 'node:path'
import nextra from 'nextra'
import { checkBasePath, checkExportDir } from './scripts/build/base-path.mjs'
import { rehypeTableCellLabels } from './scripts/build/table-cell-labels.mjs'
import { slimPageMap } from './scripts/build/slim-page-map.mjs'
import { withWizardSidebarEntry } from './scripts/build/wizard-page-map.mjs'

/**
 * Sets a short, stable local identifier (a hash of the file and class name) on every CSS module
 * loader, and returns how many it changed.
 */
export function shortenCssModuleClassNames(rules) {
  let changed = 0
  for (const rule of rules) {
    if (!rule || typeof rule !== 'object') continue
    if (Array.isArray(rule.oneOf)) changed += shortenCssModuleClassNames(rule.oneOf)
    if (Array.isArray(rule.rules)) changed += shortenCssModuleClassNames(rule.rules)
    for (const use of Array.isArray(rule.use) ? rule.use : []) {
      if (use?.loader?.includes('css-loader') && use.options?.modules?.getLocalIdent) {
        use.options.modules.getLocalIdent = (context, _, name) => {
          const file = path.relative(context.rootContext, context.resourcePath)
          const hash = createHash('sha1').update(`${file}#${name}`).digest('base64url').slice(0, 6)
          return `_${hash}`
        }
        changed++
      }
    }
  }
  return changed
}

/** Nextra's options; the bench builds its plain-Nextra articles with them too (scripts/bench/plain-articles-site.ts). */
export const nextraOptions = {
  theme: 'nextra-theme-docs',
  themeConfig: './theme.config.tsx',
  // Search is built into a static index at build time, so it works in the export.
  search: { codeblocks: false },
  defaultShowCopyCode: true,
  // Descriptions, and titles that _meta.ts gives, leave the page map every page downloads; the
  // wizard's sidebar entry joins it (scripts/build/wizard-page-map.mjs).
  transformPageMap: (pageMap) => slimPageMap(withWizardSidebarEntry(pageMap)),
  mdxOptions: {
    // Each table cell carries its column's name, the label it shows when a narrow column stacks the
    // table's rows into cards.
    rehypePlugins: [rehypeTableCellLabels],
    // The default GitHub themes have a few token colours below WCAG AA contrast on our code background.
    rehypePrettyCodeOptions: {
      theme: { light: 'github-light-default', dark: 'github-dark-default' },
      // Shiki stops tokenizing a line after 500 ms and colours the rest of the block from where it
      // stopped. On a busy machine that happens, differently in the server and the browser bundle of
      // the same page, and React then fails to hydrate it (error 418). Without the limit every build
      // highlights alike (lib/build/snippets/highlight.ts does the same for snippets).
      transformers: [
        {
          name: 'no-tokenize-time-limit',
          preprocess(code, options) {
            options.tokenizeTimeLimit = 0
          },
        },
      ],
    },
  },
}

const withNextra = nextra(nextraOptions)

// A site published under a sub-path (BASE_PATH=/docs/next-boundaries): Next.js prefixes its own
// links, scripts and router; the few addresses we build by hand read the same prefix from
// NEXT_PUBLIC_BASE_PATH (lib/base-path.ts). The export still goes to out/, which the host maps to it.
const basePath = checkBasePath(process.env.BASE_PATH)
// Another folder for the export than out/ (the browser tests' sub-path build): with `output: 'export'`,
// Next.js writes the export to distDir and keeps its build files in .next.
const exportDir = checkExportDir(process.env.EXPORT_DIR)

export default withNextra({
  output: 'export',
  ...(exportDir ? { distDir: exportDir } : {}),
  basePath,
  env: { NEXT_PUBLIC_BASE_PATH: basePath },
  // Every page becomes <route>/index.html, which any plain static server can resolve.
  trailingSlash: true,
  images: { unoptimized: true },
  reactStrictMode: true,
  eslint: { ignoreDuringBuilds: true },
  typescript: { ignoreBuildErrors: true },
  webpack(config, { dev }) {
    // CSS module class names are Module_name__hash by default; in production a short hash is enough.
    // A Next.js upgrade that moves its css-loader options fails the build here instead of silently.
    if (!dev && shortenCssModuleClassNames(config.module.rules) === 0) {
      throw new Error('next.config.mjs: found no CSS module loader to shorten class names in')
    }
    // The Run panel runs modules of the example app in the browser: inside content/examples only,
    // next/* imports become recording stand-ins (see scripts/build/example-module-loader.cjs).
    config.module.rules.push({
      test: /\.tsx?$/,
      include: fileURLToPath(new URL('./content/examples/', import.meta.url)),
      enforce: 'pre',
      use: fileURLToPath(new URL('./scripts/build/example-module-loader.cjs', import.meta.url)),
    })
    // Our search replaces the theme's: its default search component leaves the bundle.
    config.module.rules.push({
      test: /nextra-theme-docs[\\/]dist[\\/]index\.js$/,
      use: fileURLToPath(new URL('./scripts/build/drop-theme-search-loader.cjs', import.meta.url)),
    })
    // Moving focus must not restyle the whole page: the theme's :has(:focus) scroll padding leaves
    // its stylesheet (site.css keeps jump targets clear of the header with scroll-margin-top).
    config.module.rules.push({
      test: /nextra-theme-docs[\\/]dist[\\/]style\.css$/,
      enforce: 'pre',
      use: fileURLToPath(new URL('./scripts/build/drop-focus-scroll-padding-loader.cjs', import.meta.url)),
    })
    return config
  },
})
