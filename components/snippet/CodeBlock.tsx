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
      <div
        className={
          '_px-4 _text-xs _text-gray-700 dark:_text-gray-200 _bg-gray-100 dark:_bg-neutral-900 ' +
          '_flex _items-center _h-12 _gap-2 _rounded-t-md _border _border-gray-300 dark:_border-neutral-700 ' +
          'contrast-more:_border-gray-900 contrast-more:dark:_border-gray-50 _border-b-0'
        }
      >
        {filename && <span className="_truncate">{filename}</span>}
        <button
          type="button"
          className={`_ml-auto _rounded-md _p-1.5 _border _border-gray-300 dark:_border-neutral-700 ${styles.wrap}`}
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
        className={[
          'nextra-focus _overflow-x-auto _subpixel-antialiased _text-[.9em] _bg-white dark:_bg-black _py-4',
          '_ring-1 _ring-inset _ring-gray-300 dark:_ring-neutral-700 contrast-more:_ring-gray-900',
          'contrast-more:dark:_ring-gray-50 contrast-more:_contrast-150 _rounded-b-md',
          className,
        ]
          .filter(Boolean)
          .join(' ')}
        {...props}
      >
        {children}
      </pre>
    </div>
  )
}
