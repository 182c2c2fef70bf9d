/* global window, document, location, localStorage, navigator, requestAnimationFrame, queueMicrotask, FocusEvent, KeyboardEvent, themeMenuBeforeReact, phoneMenuBeforeReact, copyBeforeReact */
// The inline loader of every exported page (hydrate-on-intent.ts inlines this file and calls it with
// the page's options). Browser code that runs while <head> is parsed, before any of Next.js: plain,
// small and self-contained. Whole-line comments are stripped when it is inlined.
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- called where it is inlined
function hydrateOnIntent(options) {
  var w = window
  var d = document
  var root = d.documentElement
  var started = false
  var held = []
  var edits = []
  var intents = ['pointerdown', 'pointermove', 'touchstart', 'keydown', 'wheel', 'scroll', 'focusin']
  var events = options.events

  // What the header shows before React renders it: the theme the reader chose (the theme button's
  // label) and the search shortcut of this platform (site.css reads both attributes).
  try {
    var choice = localStorage.getItem(options.themeKey)
    root.setAttribute('data-theme-choice', /^(light|dark)$/.test(choice) ? choice : 'system')
  } catch {
    root.setAttribute('data-theme-choice', 'system')
  }
  // Code blocks wrap their long lines from the first paint if the reader chose so before.
  try {
    if (localStorage.getItem(options.codeWrap.key) === 'on') root.setAttribute(options.codeWrap.attribute, '')
  } catch {
    // No storage: lines run on until the reader presses "Wrap lines".
  }
  // The toggles say so to screen readers too, before React renders their state (the server renders
  // them not pressed; hydration keeps what is here, and then renders the same).
  if (root.hasAttribute(options.codeWrap.attribute)) {
    whenParsed(function () {
      d.querySelectorAll('button[data-code-wrap-toggle]').forEach(function (button) {
        button.setAttribute('aria-pressed', 'true')
      })
    })
  }
  if (/Mac|iPhone|iPad/.test(navigator.userAgent)) root.setAttribute('data-mac', '')

  function addScripts(data) {
    var script = d.createElement('script')
    script.id = '__NEXT_DATA__'
    script.type = 'application/json'
    script.textContent = data
    d.body.appendChild(script)
    options.sources.forEach(function (src) {
      script = d.createElement('script')
      script.src = src
      script.async = false
      d.head.appendChild(script)
    })
  }

  function whenParsed(callback) {
    if (d.readyState === 'loading') d.addEventListener('DOMContentLoaded', callback)
    else callback()
  }

  function hydrate() {
    if (started) return
    started = true
    intents.forEach(function (type) {
      w.removeEventListener(type, hydrate, true)
    })
    var data = fetch(options.data).then(function (response) {
      if (!response.ok) throw new Error('The page data ' + options.data + ' answered ' + response.status)
      return response.text()
    })
    // Like defer: Next.js starts once the whole document is parsed, and after the next frame, so
    // what a press showed before React (the theme menu) is painted before Next.js runs.
    whenParsed(function () {
      data.then(
        function (text) {
          requestAnimationFrame(function () {
            setTimeout(function () {
              addScripts(text)
            }, 0)
          })
        },
        function (error) {
          console.error('This page stays as plain HTML: ' + error.message)
        },
      )
    })
  }

  // A press on a button before React can answer it is held, and pressed again once React is in
  // charge: from then on React hydrates the part that holds a button first when it is pressed. The
  // theme menu, the phone menu and the copy buttons answer at once instead
  // (theme-menu-before-react.js, phone-menu-before-react.js, copy-before-react.js).
  var ready = false
  function pressLater(button) {
    if (ready) button.click()
    else if (held.indexOf(button) < 0) held.push(button)
  }
  var answers = [
    themeMenuBeforeReact(options),
    phoneMenuBeforeReact(options),
    copyBeforeReact(options, pressLater),
  ]
  function hold(event) {
    var button = event.target && event.target.closest && event.target.closest('button')
    if (!button) return
    event.preventDefault()
    event.stopImmediatePropagation()
    var answered = answers.some(function (answer) {
      return answer.press(button)
    })
    if (!answered) pressLater(button)
    hydrate()
  }
  w.addEventListener('click', hold, true)
  w.addEventListener(
    events.ready,
    function () {
      w.removeEventListener('click', hold, true)
      ready = true
      // In a task of its own: React drops a press on a part not hydrated yet when the press comes
      // while it is still running effects, as this event is sent from one.
      setTimeout(function () {
        // A menu still open is React's to show now: closed here and pressed again, in one task.
        answers.forEach(function (answer) {
          var button = answer.handOver()
          if (button && held.indexOf(button) < 0) held.push(button)
        })
        held.splice(0).forEach(function (button) {
          if (button.isConnected) button.click()
        })
      }, 0)
    },
    { once: true },
  )

  // The search shortcuts (/ and Ctrl+K or ⌘K) focus the search box, instead of opening the browser's
  // find bar: from the first paint, and afterwards too (the search component leaves them to this).
  function shortcut(event) {
    if (!(event.key === '/' || (event.key === 'k' && (event.metaKey || event.ctrlKey)))) return
    var active = d.activeElement
    if (active && (/^(INPUT|SELECT|BUTTON|TEXTAREA)$/.test(active.tagName) || active.isContentEditable))
      return
    var search = [].filter.call(d.querySelectorAll('input[type="search"]'), function (input) {
      return input.getClientRects().length > 0
    })[0]
    if (!search) return
    event.preventDefault()
    search.focus({ preventScroll: true })
  }
  w.addEventListener('keydown', shortcut)

  // Text typed, pasted or chosen before a field's component has hydrated is remembered, and given
  // back to the field (through the input event its component listens to) when its part of the page
  // has hydrated: a component may render or reset the field with its own state on mount.
  function isField(node) {
    if (!node || !node.tagName) return false
    if (node.tagName === 'TEXTAREA' || node.tagName === 'SELECT') return true
    return (
      node.tagName === 'INPUT' && !/^(checkbox|radio|button|submit|reset|file|image|hidden)$/i.test(node.type)
    )
  }
  function placeOf(field) {
    var tag = field.tagName.toLowerCase()
    var selector = field.id
      ? '#' + CSS.escape(field.id)
      : field.name
        ? tag + '[name="' + CSS.escape(field.name) + '"]'
        : tag + '[type="' + field.type + '"]'
    return { selector: selector, index: [].indexOf.call(d.querySelectorAll(selector), field) }
  }
  function editOf(field) {
    for (var i = 0; i < edits.length; i++) if (edits[i].field === field) return edits[i]
    return null
  }
  function keepSelection(edit, field) {
    try {
      if (typeof field.selectionStart === 'number') {
        edit.selection = [field.selectionStart, field.selectionEnd, field.selectionDirection]
      }
    } catch {
      edit.selection = null
    }
  }
  function remember(event) {
    var field = event.target
    if (!isField(field)) return
    var edit = editOf(field)
    if (!edit)
      edits.push((edit = { field: field, place: placeOf(field), focused: d.activeElement === field }))
    edit.value = field.value
    if (lastKey && lastKey.field === field) edit.key = lastKey.key
    keepSelection(edit, field)
  }
  function track(event) {
    var edit = editOf(event.target)
    if (!edit) return
    if (event.type === 'focusout') edit.focused = false
    else if (event.isTrusted) {
      edit.focused = true
      keepSelection(edit, event.target)
      // The reader is back in a combobox left untold (see giveBack): tell it now.
      if (event.type === 'focusin' && !edit.told && event.target.isConnected && isHydrated(event.target)) {
        edit.told = true
        tell(edit, event.target, edit.selection)
      }
    }
  }
  // React marks each DOM node it has hydrated with its fiber.
  function isHydrated(node) {
    for (var key in node) if (key.indexOf('__reactFiber') === 0) return true
    return false
  }
  function setValue(field, value) {
    Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value').set.call(field, value)
  }
  function placeCaret(edit, field, selection) {
    if (!edit.focused || !selection) return
    edit.selection = selection
    try {
      field.setSelectionRange(selection[0], selection[1], selection[2] || 'none')
    } catch {
      // Fields such as type="email" have no selection to set.
    }
  }
  // Tells a field's component what the reader did before it hydrated, in the order the reader did
  // it: the field took focus (a search box loads its index on focus), then, once React has rendered
  // that (in a microtask queued before ours), the last key (some components watch keys to tell
  // typing from a value set by code) and the input event with the reader's text, and the field lost
  // focus if the reader has moved on. Synthetic focus events leave the real focus where it is.
  function announce(field, focused) {
    field.dispatchEvent(new FocusEvent(focused ? 'focus' : 'blur'))
    field.dispatchEvent(new FocusEvent(focused ? 'focusin' : 'focusout', { bubbles: true }))
  }
  function tell(edit, field, selection) {
    queueMicrotask(function () {
      if (edit.focused && d.activeElement !== field) field.focus({ preventScroll: true })
      else announce(field, true)
      queueMicrotask(function () {
        // Through the element's own property first, which React watches, so it sees a change.
        field.value = edit.value === '' ? ' ' : ''
        setValue(field, edit.value)
        if (edit.key) {
          field.dispatchEvent(
            new KeyboardEvent('keydown', { key: edit.key, bubbles: true, cancelable: true }),
          )
          field.dispatchEvent(new KeyboardEvent('keyup', { key: edit.key, bubbles: true }))
        }
        field.dispatchEvent(new Event('input', { bubbles: true }))
        if (field.tagName === 'SELECT') field.dispatchEvent(new Event('change', { bubbles: true }))
        if (edit.focused) placeCaret(edit, field, selection)
        else announce(field, false)
      })
    })
  }
  function giveBack() {
    edits.forEach(function (edit) {
      var field = edit.field
      if (!field.isConnected) {
        field = d.querySelectorAll(edit.place.selector)[edit.place.index]
        if (!field || !isField(field)) return
        edit.field = field
      }
      var selection = edit.selection
      // At once, so the text does not leave the screen; a component that put its own value back
      // since it was told is told again.
      if (field.value !== edit.value) {
        setValue(field, edit.value)
        placeCaret(edit, field, selection)
        edit.told = false
      }
      if (edit.told || !isHydrated(field)) return
      // A combobox the reader has left is not told: its list would open away from the reader (and
      // a modal one would shut the rest of the page). Its text stays for when the reader comes back.
      if (!edit.focused && field.getAttribute('role') === 'combobox') return
      edit.told = true
      tell(edit, field, selection)
    })
  }
  var recorded = ['keydown', 'input', 'change', 'keyup', 'pointerup', 'select', 'focusin', 'focusout']
  var lastKey = null
  function record(event) {
    if (event.type === 'keydown') {
      if (event.key && event.key.length === 1 && isField(event.target))
        lastKey = { field: event.target, key: event.key }
    } else if (event.type === 'input' || event.type === 'change') remember(event)
    else track(event)
  }
  recorded.forEach(function (type) {
    d.addEventListener(type, record, true)
  })
  w.addEventListener(events.part, giveBack)
  w.addEventListener(
    events.hydrated,
    function () {
      w.removeEventListener(events.part, giveBack)
      giveBack()
      // One frame later, for a component that sets its field in an animation frame.
      requestAnimationFrame(function () {
        giveBack()
        // Done, unless a combobox the reader left still waits for the reader to come back.
        var waiting = edits.some(function (edit) {
          return !edit.told
        })
        if (!waiting) {
          recorded.forEach(function (type) {
            d.removeEventListener(type, record, true)
          })
        }
      })
    },
    { once: true },
  )

  // When: on the reader's first intent, and otherwise as soon as the parsed page has been painted,
  // so a press a moment later finds the page ready. Addresses with a query string (a named
  // feature, a shared plan) and eager pages (404) load at once, since their HTML cannot be complete.
  if (options.eager || location.search) hydrate()
  else {
    intents.forEach(function (type) {
      w.addEventListener(type, hydrate, { capture: true, passive: true })
    })
    if (options.afterPaint) {
      whenParsed(function () {
        requestAnimationFrame(function () {
          setTimeout(hydrate, 0)
        })
      })
    }
  }
}
