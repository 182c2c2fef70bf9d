import { CopyToClipboard } from 'nextra/components'
import { WordWrapIcon } from 'nextra/icons'
import { useRef, type ComponentProps } from 'react'
import styles from './CodeBlock.module.css'
import { toggleCodeWrap, useCodeWrap } from './code-wrap'

type CodeBlockProps = ComponentProps<'pre'> & {
  'data-filename'?: string
  'data-copy'?: ''
}

/**
 * The code block of every article and snippet (the theme's `pre`): the theme's own look, with a bar
 * that holds the file name, a "Wrap lines" toggle and the copy button. A block whose lines run past
 * its edge fades there (pure CSS, see CodeBlock.module.css).
 */
export function CodeBlock({
  children,
  className,
  'data-filename': filename,
  'data-copy': copy,
  ...props
}: CodeBlockProps) {
  const preRef = useRef<HTMLPreElement>(null)
  const wrapped = useCodeWrap()
  return (
    <div className={`nextra-code _relative [&:not(:first-child)]:_mt-6 ${styles.block}`}>
      <div className={styles.bar}>
        {filename && <span className="_truncate">{filename}</span>}
        <button
          type="button"
          className={styles.wrap}
          data-code-wrap-toggle=""
          aria-pressed={wrapped}
          aria-label="Wrap lines"
          title="Wrap lines"
          onClick={(event) => toggleCodeWrap(event.currentTarget)}
        >
          <WordWrapIcon height="16" aria-hidden="true" />
        </button>
        {copy === '' && (
          <CopyToClipboard getValue={() => preRef.current?.querySelector('code')?.textContent ?? ''} />
        )}
      </div>
      <pre
        ref={preRef}
        className={className ? `nextra-focus ${styles.pre} ${className}` : `nextra-focus ${styles.pre}`}
        {...props}
      >
        {children}
      </pre>
    </div>
  )
}
