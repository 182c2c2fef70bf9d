import { useEffect, useState } from 'react'
import { withBasePath } from '../../lib/base-path'
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
  // Without JavaScript the path shows as it is published; once hydrated, the whole address.
  const [url, setUrl] = useState(withBasePath(path))
  useEffect(() => setUrl(new URL(withBasePath(path), window.location.origin).href), [path])

  return (
    <div className={styles.share}>
      <CopyButton text={url} label={label} copied="Link copied." address />
      <code className={styles.shareUrl}>{url}</code>
    </div>
  )
}
