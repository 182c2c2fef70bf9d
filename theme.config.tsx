import type { DocsThemeConfig } from 'nextra-theme-docs'
import { ArticleBoundary } from './components/site/ArticleBoundary'
import { Logo } from './components/site/Logo'
import { SiteSearch } from './components/search/SiteSearch'
import { ScrollableTable } from './components/site/ScrollableTable'
import { SiteFooter } from './components/site/SiteFooter'
import { siteHead } from './components/site/SiteHead'
import { CodeBlock } from './components/snippet/CodeBlock'
import { themeStorageKey } from './lib/theme-storage'

// Edit links and feedback links only make sense when a public repository is configured.
const repositoryUrl = process.env.NEXT_PUBLIC_REPOSITORY_URL ?? ''

const themeConfig: DocsThemeConfig = {
  logo: <Logo />,
  logoLink: '/',
  darkMode: true,
  nextThemes: { defaultTheme: 'system', storageKey: themeStorageKey },
  docsRepositoryBase: repositoryUrl || undefined,
  ...(repositoryUrl
    ? { project: { link: repositoryUrl } }
    : { editLink: { component: null }, feedback: { content: null } }),
  footer: { content: <SiteFooter /> },
  head: siteHead,
  // Our own search: every page kind (scenarios, wizard steps too), grouped by page, in the header on phones.
  search: { component: SiteSearch },
  sidebar: { defaultMenuCollapseLevel: 1, toggleButton: true },
  toc: { backToTop: 'Back to top', title: 'On this page' },
  navigation: { prev: true, next: true },
  // Lighter primary text in dark mode keeps the active sidebar item above WCAG AA contrast.
  color: { hue: { light: 212, dark: 204 }, saturation: 100, lightness: { light: 40, dark: 68 } },
  // Code blocks get a wrap toggle and an edge fade; tables turn into cards in a narrow column.
  components: { table: ScrollableTable, pre: CodeBlock },
  main: ArticleBoundary,
}

export default themeConfig
