import { useMDXComponents } from 'nextra/mdx'
import type { ComponentProps, ComponentType } from 'react'
import type { SnippetData } from '../../lib/snippets/snippet-key'
import styles from './Snippet.module.css'

/**
 * A file of the example app, highlighted at build time: filename tab, copy button, light and dark
 * colours, and the Next.js versions the file is type-checked, tested and run against.
 */
export function SnippetView({ snippet }: { snippet: SnippetData }) {
  // The theme's own code block (filename tab, copy button), from the MDX components it provides.
  // Importing Pre from nextra/components instead makes page chunks share the theme's modules, which
  // then cannot be merged into _app's single module: about 1 KB more gzip on every page.
  // (@mdx-js/react's component types do not resolve here, hence the cast.)
  const { pre: Pre = 'pre' } = useMDXComponents() as { pre?: ComponentType<ComponentProps<'pre'>> }
  const title = snippet.region ? `${snippet.file} (${snippet.region})` : snippet.file
  return (
    <figure className={styles.snippet} data-snippet={snippet.file}>
      <Pre data-filename={title} data-copy="" data-language={snippet.file.split('.').pop()} tabIndex={0}>
        <code className="nextra-code" dir="ltr" dangerouslySetInnerHTML={{ __html: snippet.html }} />
      </Pre>
      <figcaption className={styles.caption}>{snippet.verification}</figcaption>
    </figure>
  )
}
