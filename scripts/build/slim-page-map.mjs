// Nextra's transformPageMap option: Nextra 3 puts every page's whole front matter into the page map,
// and the page map into every page's JavaScript. Two fields we write are not needed there:
// - a page's description is read only by its own <head>, which gets it from the page's own front
//   matter;
// - a page's title, in a folder whose _meta.ts the page map carries (an item `{ data }`), comes from
//   that _meta.ts for the sidebar, breadcrumb and pagination (slim-page-map.test.ts checks that every
//   _meta.ts names all its pages). A folder with a dynamic route gets its _meta.ts from the dynamic
//   page's own props (resolvePageMap), not from the page map, so its pages keep their titles.

/**
 * @typedef {{ data: unknown }} MetaItem
 * @typedef {{ name: string, route: string, children: PageMapItem[] }} FolderItem
 * @typedef {{ name: string, route: string, frontMatter?: Record<string, unknown> }} PageItem
 * @typedef {MetaItem | FolderItem | PageItem} PageMapItem
 */

/**
 * The page map without descriptions, and without titles where the folder's _meta.ts gives them.
 * @param {PageMapItem[]} items
 * @returns {PageMapItem[]}
 */
export function slimPageMap(items) {
  const hasMeta = items.some((item) => 'data' in item)
  return items.map((item) => {
    if ('children' in item) return { ...item, children: slimPageMap(item.children) }
    if (!('frontMatter' in item) || !item.frontMatter) return item
    const frontMatter = { ...item.frontMatter }
    delete frontMatter.description
    if (hasMeta) delete frontMatter.title
    const page = { ...item }
    if (Object.keys(frontMatter).length > 0) page.frontMatter = frontMatter
    else delete page.frontMatter
    return page
  })
}
