import { useEffect, useState } from 'react'
import styles from './Wizard.module.css'

/**
 * Copies the page's address. The address is also shown as text, so the link can be shared
 * without JavaScript or clipboard access.
 */
export function CopyLinkButton({ path }: { path: string }) {
  const [url, setUrl] = useState(path)
  const [status, setStatus] = useState('')
  useEffect(() => setUrl(new URL(path, window.location.origin).href), [path])

  async function copy() {
    try {
      await navigator.clipboard.writeText(url)
      setStatus('Link copied.')
    } catch {
      setStatus('Copying is blocked here: select the address and copy it.')
    }
  }

  return (
    <div className={styles.share}>
      <button type="button" className={styles.copyButton} onClick={copy}>
        Copy link to this answer
      </button>
      <code className={styles.shareUrl}>{url}</code>
      <span role="status" className={styles.copyStatus}>
        {status}
      </span>
    </div>
  )
}
