import { Pre } from 'nextra/components'
import type { SnippetData } from '../lib/snippets/snippet-key'
import styles from './Snippet.module.css'

/**
 * A file of the example app, highlighted at build time: filename tab, copy button, light and dark
 * colours, and the Next.js version the file is type-checked, tested and run against.
 */
export function SnippetView({ snippet }: { snippet: SnippetData }) {
  const title = snippet.region ? `${snippet.file} (${snippet.region})` : snippet.file
  return (
    <figure className={styles.snippet} data-snippet={snippet.file}>
      <Pre data-filename={title} data-copy="" data-language={snippet.file.split('.').pop()} tabIndex={0}>
        <code className="nextra-code" dir="ltr" dangerouslySetInnerHTML={{ __html: snippet.html }} />
      </Pre>
      <figcaption className={styles.caption}>
        Verified with Next.js {snippet.nextVersion}: this file compiles, is tested, and runs in the example
        app.
      </figcaption>
    </figure>
  )
}
