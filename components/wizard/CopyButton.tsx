import { useState } from 'react'
import styles from './Wizard.module.css'

/**
 * A button that copies text, saying in a live region whether it worked. Its text and confirmation
 * are in data attributes too, so a press before React arrives copies at once (copy-before-react.js);
 * `address` text is a page's path, copied as the whole address.
 */
export function CopyButton({
  text,
  label,
  copied = 'Copied.',
  address = false,
}: {
  text: string
  label: string
  copied?: string
  address?: boolean
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
      <button
        type="button"
        className={styles.copyButton}
        onClick={copy}
        data-copy={text}
        data-copied={copied}
        data-copy-kind={address ? 'address' : undefined}
      >
        {label}
      </button>
      <span role="status" className={styles.copyStatus}>
        {status}
      </span>
    </>
  )
}
