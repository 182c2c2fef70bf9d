// The vanilla Nextra 3 docs site our budgets compare with: same pinned versions, default theme, no extras.
import nextra from 'nextra'

const withNextra = nextra({ theme: 'nextra-theme-docs', themeConfig: './theme.config.jsx' })

export default withNextra({ output: 'export', trailingSlash: true, images: { unoptimized: true } })
