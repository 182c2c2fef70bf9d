import { useState } from 'react'
import styles from './Wizard.module.css'

/** A button that copies text, saying in a live region whether it worked. */
export function CopyButton({
  text,
  label,
  copied = 'Copied.',
}: {
  text: string
  label: string
  copied?: string
}) {
  const [status, setStatus] = useState('')

  async function copy() {
    try {
      await navigator.clipboard.writeText(text)
      setStatus(copied)
    } catch {
      setStatus('Copying is blocked here: select the text and copy it.')
    }
  }

  return (
    <>
      <button type="button" className={styles.copyButton} onClick={copy}>
        {label}
      </button>
      <span role="status" className={styles.copyStatus}>
        {status}
      </span>
    </>
  )
}
