// Shared by the buttons the loader answers before React (inlined with hydration-loader.js): swaps
// one set of class names for another on an element, as the theme swaps them when its state changes.
// Either set may be empty.
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- called where it is inlined
function swapClasses(element, from, to) {
  from.split(' ').forEach(function (name) {
    if (name) element.classList.remove(name)
  })
  to.split(' ').forEach(function (name) {
    if (name) element.classList.add(name)
  })
}
