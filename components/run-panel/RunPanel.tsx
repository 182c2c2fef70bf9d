import { lazy, Suspense, useState } from 'react'
import styles from './RunPanel.module.css'

// The console, the example modules and zod load only when a reader opens the panel.
const RunConsole = lazy(() => import('./RunConsole'))

/**
 * Run the example code shown on this page, in the browser: `targets` are ids from
 * content/run-targets.ts. Nothing is sent anywhere; the store lives in this tab.
 */
export function RunPanel({ targets }: { targets: string[] }) {
  const [open, setOpen] = useState(false)
  return (
    <section className={styles.panel} aria-label="Run panel">
      <p className={styles.intro}>
        Run the very files shown above in your browser, against an in-memory store seeded with two users.
        Nothing leaves this tab.
      </p>
      {open ? (
        <Suspense fallback={<p role="status">Loading the example code…</p>}>
          <RunConsole targetIds={targets} />
        </Suspense>
      ) : (
        <button type="button" className={styles.primary} onClick={() => setOpen(true)}>
          Open the Run panel
        </button>
      )}
    </section>
  )
}
