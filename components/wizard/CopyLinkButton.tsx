import { useEffect, useState } from 'react'
import { CopyButton } from './CopyButton'
import styles from './Wizard.module.css'

/**
 * Copies the page's address. The address is also shown as text, so the link can be shared
 * without JavaScript or clipboard access.
 */
export function CopyLinkButton({
  path,
  label = 'Copy link to this answer',
}: {
  path: string
  label?: string
}) {
  const [url, setUrl] = useState(path)
  useEffect(() => setUrl(new URL(path, window.location.origin).href), [path])

  return (
    <div className={styles.share}>
      <CopyButton text={url} label={label} copied="Link copied." />
      <code className={styles.shareUrl}>{url}</code>
    </div>
  )
}
