// Webpack loader for nextra-theme-docs' stylesheet. The theme keeps anchors clear of its sticky
// header with `html:not(:has(:focus)) { scroll-padding-top }`: while nothing has focus, jumps land
// below the header. A `:has(:focus)` test on the root makes the browser restyle the whole page each
// time focus moves, and focus moves on the first press of any button: on a long sidebar, at 4x CPU,
// that is 90-200 ms before a menu can show. The rule is dropped here; site.css gives the jump
// targets the same offset with `scroll-margin-top`, which costs nothing when focus moves. A theme
// version that words the rule otherwise fails the build here, so it is looked at again.
const themeRule = 'html:not(:has(:focus)){scroll-padding-top:var(--nextra-navbar-height)}'

module.exports = function dropFocusScrollPaddingLoader(source) {
  const at = source.indexOf(themeRule)
  if (at === -1) {
    throw new Error(
      `scripts/build/drop-focus-scroll-padding-loader.cjs: nextra-theme-docs' style.css no longer has "${themeRule}"; update or remove this loader`,
    )
  }
  return source.slice(0, at) + source.slice(at + themeRule.length)
}
