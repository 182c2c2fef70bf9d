// Webpack loader for the page map Nextra 3 generates (.next/static/chunks/nextra-page-map-*.mjs).
// Nextra puts every page's whole front matter into that module, and the module into every page's
// JavaScript. The sidebar needs titles; a page's description is only read by its own <head>, which
// gets it from the page's own front matter. Dropping descriptions here takes them out of every page's
// download without changing any page.
module.exports = function pageMapLoader(source) {
  return source.replace(/\s*"description": "(?:[^"\\]|\\.)*",?/g, '')
}
