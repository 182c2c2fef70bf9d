import Link from 'next/link'
import styles from './Home.module.css'

/** The two ways in: the wizard first (one filled button), the guide second (an outlined one). */
export function HomeActions() {
  return (
    <div className={styles.actions}>
      <Link href="/decide/" className={styles.primary} data-action="primary">
        Start the decision wizard →
      </Link>
      <Link href="/guide/" className={styles.secondary} data-action="secondary">
        Read the guide
      </Link>
    </div>
  )
}
