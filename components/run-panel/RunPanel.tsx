import { useEffect, useRef, useState } from 'react'
import { loadOnce } from '../../lib/load-once'
import { nearViewport } from '../../lib/near-viewport'
import { focusProduced } from '../site/produced-focus'
import styles from './RunPanel.module.css'

// The console is not part of the page (nor are the runner, the example store and zod, which it loads
// once it is up). It loads when the panel is within a screen of the viewport, or the pointer or focus
// reaches its button, so a press seldom waits for it. No React.lazy: once a Suspense fallback is shown,
// React holds the content back for at least 300 ms, however soon it has loaded.
const runConsole = loadOnce(() => import('./RunConsole').then((module) => module.default))

const preload = () => void runConsole.load().catch(() => {})

// The page's code only starts on the reader's first intent (scripts/build/hydrate-on-intent.ts), often
// a scroll to the panel or a press on its button. If the panel is near when it starts, the console
// loads while React hydrates the page, not after.
if (typeof document !== 'undefined') {
  const panel = document.querySelector('[data-run-panel]')
  if (panel && nearViewport(panel.getBoundingClientRect(), window.innerHeight)) preload()
}

/**
 * Run the example code shown on this page, in the browser: `targets` are ids from
 * content/run-targets.ts. Nothing is sent anywhere; the store lives in this tab.
 */
export function RunPanel({ targets }: { targets: string[] }) {
  const [open, setOpen] = useState(false)
  const [loadError, setLoadError] = useState<string | null>(null)
  // Set once the console has loaded, to render again: runConsole.current() then returns it.
  const [, setLoaded] = useState(false)
  const panelRef = useRef<HTMLElement>(null)
  // Set by a press on "Open the Run panel": focus follows the panel's content as it appears.
  const focusOnOpen = useRef(false)
  const messageRef = useRef<HTMLParagraphElement>(null)
  const consoleRef = useRef<HTMLDivElement>(null)
  const RunConsole = runConsole.current()

  useEffect(() => {
    const panel = panelRef.current
    if (!panel || runConsole.current()) return
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return
        observer.disconnect()
        preload()
      },
      { rootMargin: '100% 0px' },
    )
    observer.observe(panel)
    return () => observer.disconnect()
  }, [])

  useEffect(() => {
    if (!open || RunConsole || loadError) return
    let current = true
    runConsole.load().then(
      () => current && setLoaded(true),
      (error: unknown) => current && setLoadError(error instanceof Error ? error.message : String(error)),
    )
    return () => {
      current = false
    }
  }, [open, RunConsole, loadError])

  // The button is gone once pressed: focus goes to the console's first field, or to the message
  // (loading, or why it did not load) until the console is there.
  useEffect(() => {
    if (!focusOnOpen.current) return
    const field = consoleRef.current?.querySelector<HTMLElement>('input, select, textarea, button')
    if (field) {
      focusOnOpen.current = false
      focusProduced(field)
    } else if (messageRef.current && document.activeElement !== messageRef.current) {
      focusProduced(messageRef.current)
    }
  })

  return (
    <section ref={panelRef} className={styles.panel} aria-label="Run panel" data-run-panel="">
      <p className={styles.intro}>
        Run the very files shown above in your browser, against an in-memory store seeded with two users.
        Nothing leaves this tab.
      </p>
      {!open ? (
        <button
          type="button"
          className={styles.primary}
          onPointerEnter={preload}
          onFocus={preload}
          onClick={() => {
            focusOnOpen.current = true
            setOpen(true)
          }}
        >
          Open the Run panel
        </button>
      ) : RunConsole ? (
        <div ref={consoleRef}>
          <RunConsole targetIds={targets} />
        </div>
      ) : loadError ? (
        <>
          <p ref={messageRef} tabIndex={-1} role="alert" className={styles.error}>
            The example code did not load: {loadError}
          </p>
          <button type="button" className={styles.primary} onClick={() => setLoadError(null)}>
            Try again
          </button>
        </>
      ) : (
        <p ref={messageRef} tabIndex={-1} role="status">
          Loading the example code…
        </p>
      )}
    </section>
  )
}
