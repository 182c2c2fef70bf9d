// Webpack loader for nextra-theme-docs: our own search (components/search/SiteSearch.tsx) replaces the
// theme's, but the theme's default settings still name its search component, which keeps that
// component, its results list and the combobox library in every page's JavaScript. Naming none
// there lets the minifier drop them. A theme version that words it otherwise fails the build here,
// rather than quietly shipping both searches.
const themeDefault = /(\n\s*search:\s*\{\s*\n\s*component:\s*)Flexsearch,/

module.exports = function dropThemeSearchLoader(source) {
  if (!themeDefault.test(source)) {
    throw new Error(
      'scripts/build/drop-theme-search-loader.cjs: nextra-theme-docs no longer sets "search: { component: Flexsearch }"; update or remove this loader',
    )
  }
  return source.replace(themeDefault, '$1null,')
}
