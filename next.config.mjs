import { fileURLToPath } from 'node:url'
import nextra from 'nextra'

const withNextra = nextra({
  theme: 'nextra-theme-docs',
  themeConfig: './theme.config.tsx',
  // Search is built into a static index at build time, so it works in the export.
  search: { codeblocks: false },
  defaultShowCopyCode: true,
  mdxOptions: {
    // The default GitHub themes have a few token colours below WCAG AA contrast on our code background.
    rehypePrettyCodeOptions: { theme: { light: 'github-light-default', dark: 'github-dark-default' } },
  },
})

export default withNextra({
  output: 'export',
  // Every page becomes <route>/index.html, which any plain static server can resolve.
  trailingSlash: true,
  images: { unoptimized: true },
  reactStrictMode: true,
  eslint: { ignoreDuringBuilds: true },
  typescript: { ignoreBuildErrors: true },
  webpack(config) {
    // The Run panel runs modules of the example app in the browser: inside content/examples only,
    // next/* imports become recording stand-ins (see scripts/example-module-loader.cjs).
    config.module.rules.push({
      test: /\.tsx?$/,
      include: fileURLToPath(new URL('./content/examples/', import.meta.url)),
      enforce: 'pre',
      use: fileURLToPath(new URL('./scripts/example-module-loader.cjs', import.meta.url)),
    })
    return config
  },
})
