import Link from 'next/link'
import { useData } from 'nextra/hooks'
import { useMDXComponents } from 'nextra/mdx'
import type { ComponentProps, ComponentType } from 'react'
import type { ErrorPageData } from '../../lib/build/page-data/error-page-data'
import type { InlinePart } from '../../lib/recipes/inline-text'
import { InlineText } from '../recipes/InlineText'
import { SharedPageHead } from '../site/SharedPageHead'
import { ReadNextList } from '../site/TextLink'
import { CopyButton } from '../wizard/CopyButton'
import wizardStyles from '../wizard/Wizard.module.css'
import styles from './Errors.module.css'

/**
 * The parts of /errors/<slug>/, each placed under its heading in pages/errors/[slug].mdx so that the
 * headings reach the "On this page" outline. The data comes from errorStaticProps.
 */
const useErrorPage = () => useData() as ErrorPageData

const Paragraphs = ({ texts }: { texts: InlinePart[][] }) =>
  texts.map((parts, index) => (
    <p key={index} className={styles.paragraph}>
      <InlineText parts={parts} />
    </p>
  ))

export function ErrorPageHeader() {
  const { entry } = useErrorPage()
  return (
    <>
      <SharedPageHead
        title={`${entry.title} – Fix an error – Next Boundaries`}
        description={entry.description}
        path={entry.href}
        card={`/og/errors/${entry.slug}.png`}
      />
      <div className={styles.header} data-error={entry.slug}>
        <p className={wizardStyles.progress}>Fix an error · {entry.place.title}</p>
        <h1 className={wizardStyles.prompt}>{entry.title}</h1>
        <p className={styles.paragraph}>{entry.description}</p>
        <p className={styles.paragraph}>
          <Link href="/errors/" className="nb-link">
            All errors
          </Link>
        </p>
      </div>
    </>
  )
}

/** The exact messages, each as code to copy, with who prints it and where; then the placeholders. */
export function ErrorPageMessages() {
  const { entry } = useErrorPage()
  if (entry.messages.length === 0)
    return (
      <p className={styles.paragraph}>
        No message: nothing fails, the page or the answer just stays as it was. {entry.checkedBy}
      </p>
    )
  return (
    <>
      {entry.messages.map((message, index) => (
        <figure key={index} className={styles.message} data-message-source={message.source}>
          <figcaption className={styles.messageCaption}>
            <strong>{message.sourceLabel}</strong>
            {message.versionNote && <span className={styles.version}>{message.versionNote}</span>} in{' '}
            {message.where}:
          </figcaption>
          <pre className={styles.messageText}>
            <code>{message.text}</code>
          </pre>
          <CopyButton text={message.text} label="Copy the message" />
        </figure>
      ))}
      {entry.placeholders.length > 0 && (
        <dl className={styles.placeholders}>
          {entry.placeholders.map((placeholder) => (
            <div key={placeholder.name}>
              <dt>
                <code>{`{${placeholder.name}}`}</code>
              </dt>
              <dd>{placeholder.meaning}</dd>
            </div>
          ))}
        </dl>
      )}
      <p className={styles.checked}>How we know the text is right: {entry.checkedBy}</p>
    </>
  )
}

export const ErrorPageWhen = () => <Paragraphs texts={useErrorPage().entry.when} />
export const ErrorPageCause = () => <Paragraphs texts={useErrorPage().entry.cause} />

/** The fix, the wrong and the right code, and what Next.js 15 does differently. */
export function ErrorPageFix() {
  const { entry, code } = useErrorPage()
  // The theme's own code block, as SnippetView uses it (see there for why not nextra/components).
  const { pre: Pre = 'pre' } = useMDXComponents() as { pre?: ComponentType<ComponentProps<'pre'>> }
  return (
    <>
      <Paragraphs texts={entry.fix} />
      {code.map((block, index) => (
        <figure key={index} className={styles.code} data-code-kind={block.kind}>
          <figcaption className={block.kind === 'wrong' ? styles.wrong : styles.right}>
            {block.kind === 'wrong' ? '✗ What causes it' : '✓ What to write'}
          </figcaption>
          <Pre
            data-filename={block.file}
            data-copy=""
            data-language={block.file.split('.').pop()}
            tabIndex={0}
          >
            <code className="nextra-code" dir="ltr" dangerouslySetInnerHTML={{ __html: block.html }} />
          </Pre>
        </figure>
      ))}
      {entry.onNext15 && (
        <p className={styles.versionNote}>
          <strong>On Next.js 15.</strong> <InlineText parts={entry.onNext15} />
        </p>
      )}
    </>
  )
}

/** The recipes that build the feature right, then our articles and the docs. */
export function ErrorPageReadNext() {
  const { entry } = useErrorPage()
  return (
    <>
      {entry.recipes.length > 0 && (
        <ul className={styles.recipes} aria-label="Recipes">
          {entry.recipes.map((recipe) => (
            <li key={recipe.href}>
              <Link href={recipe.href} className="nb-link">
                {recipe.title}
              </Link>
              <span>{recipe.summary}</span>
            </li>
          ))}
        </ul>
      )}
      <ReadNextList links={entry.readNext} />
    </>
  )
}
