// The wizard is one dynamic page, pages/decide/[[...path]].mdx, and Nextra 3.3.1 leaves dynamic
// pages out of its page map (and reads a _meta.ts beside one only for remote content). Its layout
// picks a page's theme options (pager, table of contents, breadcrumb) and marks the sidebar item
// whose route is the address exactly, so no wizard step ever matched: each showed the docs pager,
// and the sidebar marked nothing. Two halves fix it:
// - at build time, the page map's decide folder gets one entry, "Decide", a link to the first
//   question (pages/_meta.ts shows the folder's entries in its place in the sidebar);
// - each wizard page hands Nextra the same folder with that entry at its own route, through the
//   `__nextra_pageMap` prop, which Nextra's page wrapper (nextra/dist/client/setup-page.js) puts
//   into the page map before the layout reads it: the sidebar marks Decide, and the page gets the
//   wizard's theme options. The entry keeps its href, so the sidebar still links to /decide/.

/** Where the wizard's folder sits in the page map. */
export const wizardFolderRoute = '/decide'

/** The sidebar entry of the wizard, on every page. */
export const wizardSidebarEntry = { name: 'decide', title: 'Decide', href: '/decide/' }

/**
 * A wizard step's theme options: no pager out of the wizard mid-way, no table of contents, and no
 * Nextra breadcrumb (the folder and its entry would read "Decide › Decide"; the wizard draws its own).
 */
export const wizardPageTheme = { toc: false, pagination: false, breadcrumb: false }

/**
 * @typedef {{ data: unknown }} MetaItem
 * @typedef {{ name: string, route: string, children: PageMapItem[] }} FolderItem
 * @typedef {{ name: string, route: string, href?: string, frontMatter?: Record<string, unknown> }} PageItem
 * @typedef {MetaItem | FolderItem | PageItem} PageMapItem
 */

/**
 * The build-time page map with the wizard's sidebar entry in its (otherwise empty) folder.
 * @param {PageMapItem[]} items
 * @returns {PageMapItem[]}
 */
export function withWizardSidebarEntry(items) {
  return items.map((item) =>
    'children' in item && item.route === wizardFolderRoute
      ? {
          ...item,
          children: [
            {
              data: {
                [wizardSidebarEntry.name]: { title: wizardSidebarEntry.title, href: wizardSidebarEntry.href },
              },
            },
          ],
        }
      : item,
  )
}

/**
 * The `__nextra_pageMap` prop of the wizard page at this route (`/decide/app-router`, no trailing
 * slash): the wizard's folder, whose entry is this page.
 * @param {string} route
 * @returns {Array<{ route: string, children: PageMapItem[] }>}
 */
export function wizardPageMap(route) {
  const { name, title, href } = wizardSidebarEntry
  return [
    {
      route: wizardFolderRoute,
      children: [{ data: { [name]: { title, theme: wizardPageTheme } } }, { name, route, href }],
    },
  ]
}
