/* global document, requestAnimationFrame, setTimeout, swapClasses */
// The phone menu before React: inlined with hydration-loader.js, which calls it. A press on the
// menu button (Nextra's hamburger, shown below 768 px) slides the sidebar in at once, with the
// classes Nextra 3.3.1 gives it when its menu is open, and the page's own sidebar links in it (the
// theme renders its phone list only once mounted). A second press closes it. Once React is in
// charge, a menu still open is put back as the HTML had it and its button is pressed again for
// React, in one task, so the reader sees no step between the two.
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- called where it is inlined
function phoneMenuBeforeReact(options) {
  var d = document
  // Nextra 3.3.1 (nextra-theme-docs): the sidebar, the layer behind it and the body, closed and open.
  var asideClosed = 'max-md:[transform:translate3d(0,-100%,0)]'
  var asideOpen = 'max-md:[transform:translate3d(0,0,0)]'
  var layerClosed = '_bg-transparent'
  var layerOpen = '_bg-black/80 dark:_bg-black/60 _fixed _inset-0 _z-10 md:_hidden'
  var bodyOpen = 'max-md:_overflow-hidden'
  var open = null

  function show(button) {
    var aside = d.querySelector('aside.nextra-sidebar-container')
    if (!aside) return false
    var layer = aside.previousElementSibling
    open = { button: button, aside: aside, layer: layer }
    swapClasses(aside, asideClosed, asideOpen)
    if (layer) swapClasses(layer, layerClosed, layerOpen)
    // The page behind is locked once the open menu is on screen: a change of the body's overflow
    // lays out the whole page again, 35-80 ms at 4x CPU on a long article, and the menu, which
    // covers the page, need not wait for it.
    var opened = open
    requestAnimationFrame(function () {
      setTimeout(function () {
        if (open === opened) d.body.classList.add(bodyOpen)
      })
    })
    var icon = button.querySelector('svg')
    if (icon) icon.classList.add('open')
    button.setAttribute('aria-expanded', 'true')
    d.documentElement.setAttribute(options.phoneMenuAttribute, '')
    return true
  }

  function close() {
    if (!open) return
    swapClasses(open.aside, asideOpen, asideClosed)
    if (open.layer) swapClasses(open.layer, layerOpen, layerClosed)
    d.body.classList.remove(bodyOpen)
    var icon = open.button.querySelector('svg')
    if (icon) icon.classList.remove('open')
    open.button.removeAttribute('aria-expanded')
    d.documentElement.removeAttribute(options.phoneMenuAttribute)
    open = null
  }

  return {
    /** Answers a press on the menu button: true when it did (the menu opened or closed). */
    press: function (button) {
      if (!button.matches(options.phoneMenuButton)) return false
      if (open) {
        close()
        return true
      }
      return show(button)
    },
    /** React is in charge: the button of a menu still open, to press again for React; else null. */
    handOver: function () {
      if (!open) return null
      var button = open.button
      close()
      return button
    },
  }
}
