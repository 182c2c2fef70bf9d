import Link from 'next/link'
import type { ExampleCode } from '../../lib/build/page-data/example-code'
import type { RecipeLinkView } from '../../lib/recipes/recipe-view'
import type { OutcomeView, TrailEntryView } from '../../lib/wizard/wizard-view'
import { RecipeChooser } from '../recipes/RecipeChooser'
import { AnswerTrail } from './AnswerTrail'
import { CopyLinkButton } from './CopyLinkButton'
import { HostingNote } from './HostingNote'
import { OnThisPage } from './OnThisPage'
import { ResultToolsSlot } from '../result-tools/ResultToolsSlot'
import { SnippetView } from '../snippet/SnippetView'
import styles from './Wizard.module.css'

type Props = {
  outcome: OutcomeView
  examples: ExampleCode[]
  trail: TrailEntryView[]
  sharePath: string
  /** The answer slugs that lead here. */
  answers: string[]
  /** The kinds of feature under this answer, each with its own recipe. */
  recipes: RecipeLinkView[]
  headingLevel?: 'h1' | 'h2'
}

/**
 * A decision: the boundaries to build, why, the files, the checklist and the articles. The element
 * with data-testid="decision-result" carries the boundary ids for tests and tools.
 */
export function DecisionResult({
  outcome,
  examples,
  trail,
  sharePath,
  answers,
  recipes,
  headingLevel = 'h1',
}: Props) {
  const Heading = headingLevel
  return (
    <div className={styles.wizard}>
      <div
        data-testid="decision-result"
        data-boundaries={outcome.boundaries.map((boundary) => boundary.id).join(' ')}
        className={styles.result}
      >
        <p className={styles.progress}>Your answer</p>
        <Heading className={styles.prompt}>{outcome.title}</Heading>
        <ul className={styles.boundaryList} aria-label="Boundaries to build">
          {outcome.boundaries.map((boundary) => (
            <li key={boundary.id} className={styles.boundary}>
              <Link href={boundary.article} className={`nb-link ${styles.boundaryName}`}>
                {boundary.name}
              </Link>
              <span>{boundary.summary}</span>
            </li>
          ))}
        </ul>
        <p className={styles.reason}>{outcome.reason}</p>
        <p className={styles.flow} aria-label="How the request flows">
          {outcome.flow.map((step, index) => (
            <span key={step}>
              {index > 0 && <span aria-hidden="true"> → </span>}
              <span className={styles.flowStep}>{step}</span>
            </span>
          ))}
        </p>
      </div>

      <OnThisPage
        sections={[
          ...(recipes.length > 0 ? [['recipe-chooser-heading', outcome.recipePrompt] as const] : []),
          ['files-to-create', 'Files to create'],
          ['example-code', 'Example code'],
          ['checklist', 'Checklist'],
          ['read-next', 'Read next'],
          ['answer-trail-heading', 'Check your answers'],
        ]}
      />
      <HostingNote boundaryIds={outcome.boundaries.map((boundary) => boundary.id)} />

      {recipes.length > 0 && <RecipeChooser recipes={recipes} prompt={outcome.recipePrompt} />}

      <h2 id="files-to-create" className={styles.sectionHeading}>
        Files to create
      </h2>
      <ResultToolsSlot
        path={sharePath}
        answers={answers}
        boundaryIds={outcome.boundaries.map((boundary) => boundary.id)}
        listedFiles={outcome.fileTree}
        request={{ title: outcome.title, checklist: outcome.checklist, roots: outcome.scaffold }}
      />

      <div className="nb-no-print">
        <h2 id="example-code" className={styles.sectionHeading}>
          Example code to copy
        </h2>
        {examples.map(({ snippet, pattern }) => (
          <section key={snippet.file} aria-label={snippet.file}>
            <SnippetView snippet={snippet} />
            {pattern && (
              <p className={styles.note}>
                Run it in your browser:{' '}
                <Link href={pattern.href} className="nb-link">
                  {pattern.title}
                </Link>
              </p>
            )}
          </section>
        ))}
      </div>

      <h2 id="checklist" className={styles.sectionHeading}>
        Checklist for each entry point
      </h2>
      <ul className={styles.checklist}>
        {outcome.checklist.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>

      <div className="nb-no-print">
        <h2 id="read-next" className={styles.sectionHeading}>
          Read next
        </h2>
        <ul className={styles.linkList}>
          {outcome.articles.map((article) => (
            <li key={article.href}>
              <Link href={article.href} className="nb-link">
                {article.title}
              </Link>
            </li>
          ))}
          {outcome.boundaries.map((boundary) => (
            <li key={`docs-${boundary.id}`}>
              <a href={boundary.docs} className="nb-link">
                Next.js docs: {boundary.name}
              </a>
            </li>
          ))}
        </ul>

        <p className={styles.note}>
          A feature usually has several operations (a page, a form, an endpoint). This answer is for one of
          them: answer again for each of the others.
        </p>
      </div>

      <CopyLinkButton path={sharePath} />
      <AnswerTrail trail={trail} heading="Check your answers" />
      <p className={styles.startOver}>
        <Link href="/decide/" className="nb-link">
          Start again
        </Link>
      </p>
    </div>
  )
}
