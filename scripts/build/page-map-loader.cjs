// Webpack loader for the page map Nextra 3 generates (.next/static/chunks/nextra-page-map-*.mjs).
// Nextra puts every page's whole front matter into that module, and the module into every page's
// JavaScript. Two fields we write are not needed there:
// - a page's description is read only by its own <head>, which gets it from the page's own front
//   matter;
// - a page's title, in a folder whose _meta.ts the page map carries (`{ data: meta }`), comes from that
//   _meta.ts for the sidebar, breadcrumb and pagination (scripts/build/page-map-loader.test.ts checks that
//   every _meta.ts names all its pages). A folder with a dynamic route gets its _meta.ts from the
//   dynamic page's own props (resolvePageMap), not from this module, so its pages keep their titles.
// Dropping them takes them out of every page's download without changing any page. The page map is
// read as plain data: front matter that YAML turns into other values (dates) would become strings, so
// such a page map fails the build instead.

const declaration = 'export const pageMap = '

/** Reads the page map's array literal, with each imported _meta module as a { metaImport } marker. */
function readPageMap(source) {
  const start = source.indexOf(declaration)
  // The array ends at the first line that ends with "];" (no string in it can hold a line break);
  // Nextra trims the file, so with no dynamic route nothing follows it.
  const end = start < 0 ? -1 : source.slice(start).search(/\];[ \t]*$/m)
  if (start < 0 || end < 0) throw new Error('page-map-loader: no `export const pageMap = [...]` found')
  const metaImports = [...source.matchAll(/^import (\w+) from "[^"]*_meta\.\w+";$/gm)].map((m) => m[1])
  const literal = source.slice(start + declaration.length, start + end + 1)
  const evaluate = new Function(...metaImports, `return ${literal}`)
  const pageMap = evaluate(...metaImports.map((name) => ({ metaImport: name })))
  return { start, end: start + end + 1, pageMap }
}

function slim(items) {
  const hasMeta = items.some((item) => item.data)
  return items.map((item) => {
    if (item.children) return { ...item, children: slim(item.children) }
    if (!item.frontMatter) return item
    const frontMatter = { ...item.frontMatter }
    delete frontMatter.description
    if (hasMeta) delete frontMatter.title
    const page = { ...item }
    if (Object.keys(frontMatter).length > 0) page.frontMatter = frontMatter
    else delete page.frontMatter
    return page
  })
}

function writePageMap(pageMap) {
  const json = JSON.stringify(
    pageMap,
    function rejectDates(key, value) {
      if (this[key] instanceof Date) throw new Error(`page-map-loader: front matter "${key}" is a date`)
      return value
    },
    1,
  )
  return json.replace(/\{\s*"metaImport": "(\w+)"\s*\}/g, '$1')
}

module.exports = function pageMapLoader(source) {
  const { start, end, pageMap } = readPageMap(source)
  return source.slice(0, start) + declaration + writePageMap(slim(pageMap)) + source.slice(end)
}
