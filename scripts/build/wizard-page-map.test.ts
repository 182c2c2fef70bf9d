import { normalizePages } from 'nextra/normalize-pages'
import { describe, expect, it } from 'vitest'
import rootMeta from '../../pages/_meta'
import { wizardHref, wizardRoute } from '../../lib/wizard/wizard-url'
import { withWizardSidebarEntry, wizardPageMap, type PageMapItem } from './wizard-page-map.mjs'

// The root of the page map as Nextra 3.3.1 collects it (other folders stand in as pages here): the
// wizard's folder is empty, since its one page is dynamic. The layout reads it through normalizePages.
const collected = (): PageMapItem[] => [
  { data: structuredClone(rootMeta) },
  ...Object.keys(rootMeta).map((name) =>
    name === 'decide'
      ? { name, route: '/decide', children: [] }
      : { name, route: name === 'index' ? '/' : `/${name}` },
  ),
]

type Normalized = ReturnType<typeof normalizePages>
type SidebarItem = Normalized['docsDirectories'][number] & { href?: string }

/** What the layout sees on a page: the page map, with the folder a page hands in put in its place. */
function layoutAt(route: string, handedIn: ReturnType<typeof wizardPageMap> = []): Normalized {
  const list = withWizardSidebarEntry(collected()) as Parameters<typeof normalizePages>[0]['list']
  for (const folder of handedIn) {
    const item = list.find((candidate) => 'route' in candidate && candidate.route === folder.route)
    if (item && 'children' in item) item.children = folder.children as typeof item.children
  }
  return normalizePages({ list, route })
}

const decideEntry = (layout: Normalized) =>
  (layout.docsDirectories as SidebarItem[]).find((item) => item.title === 'Decide')

describe('the wizard in the page map', () => {
  it('lists "Decide" once in the sidebar, linking to the first question, in its place on every page', () => {
    const layout = layoutAt('/plan')
    const titles = layout.docsDirectories.map((item) => item.title)
    expect(titles.slice(0, 3)).toEqual(['Home', 'Guide', 'Decide'])
    expect(titles.filter((title) => title === 'Decide')).toHaveLength(1)
    expect(decideEntry(layout)?.href).toBe(wizardHref([]))
    // A link, not a page of the pager.
    expect(layout.flatDocsDirectories.map((item) => item.title)).not.toContain('Decide')
  })

  it.each([[[]], [['app-router']], [['app-router', 'page-needs-data']]])(
    'makes the step at %j the current "Decide" entry, with no pager and no table of contents',
    (answers) => {
      const route = wizardRoute(answers)
      const layout = layoutAt(route, wizardPageMap(route))
      const entry = decideEntry(layout)
      // The sidebar marks the item whose route is the address.
      expect(entry?.route).toBe(route)
      expect(entry?.href).toBe(wizardHref([]))
      expect(layout.docsDirectories.filter((item) => item.title === 'Decide')).toHaveLength(1)
      expect(layout.activeThemeContext).toMatchObject({ pagination: false, toc: false, breadcrumb: false })
    },
  )

  it('leaves other pages their theme options after a wizard page has handed its folder in', () => {
    const layout = layoutAt('/plan', wizardPageMap(wizardRoute(['app-router'])))
    expect(layout.activeThemeContext).toMatchObject({ pagination: true, toc: false })
    expect(decideEntry(layout)?.href).toBe(wizardHref([]))
  })
})
