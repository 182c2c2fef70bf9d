/* global window, document, localStorage, matchMedia, swapClasses */
// The theme menu before React: inlined with hydration-loader.js, which calls it. A press on the theme
// button opens at once the menu the theme renders once hydrated (Nextra 3's Select: the same
// classes, above the button, Light, Dark and System with a tick on the choice), and a choice applies
// at once as next-themes would (the stored choice, the class and color-scheme on <html>, the
// button's label). Without it, the press waits for Next.js to download, run and hydrate: about a
// second on a mid-range phone. Once React is in charge, a menu still open is closed here and its
// button is pressed again for React, whose menu takes its place.
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- called where it is inlined
function themeMenuBeforeReact(options) {
  var d = document
  var root = d.documentElement
  var choices = ['light', 'dark', 'system']
  // Nextra 3.3.1's Select (nextra-theme-docs): its list, its options, and its button while open.
  var listClass =
    'nextra-focus _opacity-100 motion-reduce:_transition-none _transition-opacity _min-w-[--button-width] _z-20 _max-h-64 _rounded-md _border _border-black/5 _backdrop-blur-lg _bg-[rgb(var(--nextra-bg),.8)] _py-1 _text-sm _shadow-lg dark:_border-white/20'
  var optionClass = '_cursor-pointer _whitespace-nowrap _py-1.5 _px-3 _transition-colors'
  var idleClass = '_text-gray-800 dark:_text-gray-100'
  var activeClass = '_bg-primary-50 _text-primary-600 dark:_bg-primary-500/10'
  var chosenClass = '_flex _items-center _justify-between _gap-3'
  var buttonIdle = '_text-gray-600 dark:_text-gray-400'
  var buttonOpen = '_bg-gray-200 _text-gray-900 dark:_bg-primary-100/10 dark:_text-gray-50'
  var tick =
    '<svg viewBox="0 0 20 20" fill="currentColor" height="16"><path d="M16.707 5.293a1 1 0 010 1.414l-8 8a1 1 0 01-1.414 0l-4-4a1 1 0 011.414-1.414L8 12.586l7.293-7.293a1 1 0 011.414 0z"></path></svg>'
  // Nextra's menu sits 10 px above the button.
  var gap = 10
  var open = null

  function chosen() {
    var choice = root.getAttribute('data-theme-choice')
    return choices.indexOf(choice) < 0 ? 'system' : choice
  }

  function activate(index) {
    open.active = index
    open.options.forEach(function (option, i) {
      swapClasses(option, i === index ? idleClass : activeClass, i === index ? activeClass : idleClass)
    })
    open.list.setAttribute('aria-activedescendant', open.options[index].id)
  }

  // As next-themes' setTheme does: the stored choice, then the scheme it resolves to.
  function apply(choice) {
    try {
      localStorage.setItem(options.themeKey, choice)
    } catch {
      // No storage: the choice holds for this page.
    }
    var dark =
      choice === 'dark' || (choice === 'system' && matchMedia('(prefers-color-scheme: dark)').matches)
    root.classList.remove(dark ? 'light' : 'dark')
    root.classList.add(dark ? 'dark' : 'light')
    root.style.colorScheme = dark ? 'dark' : 'light'
    root.setAttribute('data-theme-choice', choice)
  }

  function close(refocus) {
    if (!open) return
    var button = open.button
    open.list.remove()
    d.removeEventListener('pointerdown', outside, true)
    swapClasses(button, buttonOpen, buttonIdle)
    button.setAttribute('aria-expanded', 'false')
    open = null
    if (refocus) button.focus({ preventScroll: true })
  }

  function choose(index) {
    apply(choices[index])
    close(true)
  }

  function outside(event) {
    if (open && !open.list.contains(event.target) && !open.button.contains(event.target)) close(false)
  }

  function keys(event) {
    var last = open.options.length - 1
    var next = {
      ArrowDown: Math.min(open.active + 1, last),
      ArrowUp: Math.max(open.active - 1, 0),
      Home: 0,
      End: last,
      PageUp: 0,
      PageDown: last,
    }[event.key]
    if (next !== undefined) activate(next)
    else if (event.key === 'Enter' || event.key === ' ') choose(open.active)
    else if (event.key === 'Escape') close(true)
    else if (event.key === 'Tab') close(false)
    else return
    event.preventDefault()
  }

  function show(button) {
    var list = d.createElement('ul')
    list.className = listClass
    list.id = 'theme-menu-before-react'
    list.setAttribute('role', 'listbox')
    list.setAttribute('tabindex', '0')
    list.setAttribute('aria-orientation', 'vertical')
    if (button.id) list.setAttribute('aria-labelledby', button.id)
    var current = chosen()
    var names = options.themeNames
    var items = choices.map(function (choice, index) {
      var option = d.createElement('li')
      option.id = list.id + '-' + choice
      option.setAttribute('role', 'option')
      option.setAttribute('tabindex', '-1')
      option.setAttribute('aria-selected', String(choice === current))
      option.className = optionClass + ' ' + idleClass + (choice === current ? ' ' + chosenClass : '')
      option.textContent = names[choice]
      if (choice === current) option.insertAdjacentHTML('beforeend', tick)
      option.addEventListener('click', function () {
        choose(index)
      })
      option.addEventListener('pointermove', function () {
        if (open && open.active !== index) activate(index)
      })
      list.appendChild(option)
      return option
    })
    var rect = button.getBoundingClientRect()
    list.style.position = 'absolute'
    list.style.left = rect.left + window.scrollX + 'px'
    list.style.setProperty('--button-width', rect.width + 'px')
    d.body.appendChild(list)
    list.style.top = rect.top + window.scrollY - gap - list.offsetHeight + 'px'
    list.addEventListener('keydown', keys)
    open = { button: button, list: list, options: items, active: choices.indexOf(current) }
    swapClasses(button, buttonIdle, buttonOpen)
    button.setAttribute('aria-expanded', 'true')
    d.addEventListener('pointerdown', outside, true)
    list.focus({ preventScroll: true })
  }

  return {
    /** Answers a press on the theme button: true when it did (the menu opened or closed). */
    press: function (button) {
      if (!button.matches(options.themeButton)) return false
      if (open) close(true)
      else show(button)
      return true
    },
    /** React is in charge: the button of a menu still open, to press again for React; else null. */
    handOver: function () {
      if (!open) return null
      var button = open.button
      close(false)
      return button
    },
  }
}
