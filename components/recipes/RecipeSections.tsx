import Link from 'next/link'
import type { ExampleCode } from '../../lib/build/page-data/example-code'
import type { RecipeView, TrapView } from '../../lib/recipes/recipe-view'
import { RunPanel } from '../run-panel/RunPanel'
import { SnippetView } from '../snippet/SnippetView'
import { ResultToolsSlot } from '../result-tools/ResultToolsSlot'
import { recipeScaffoldRequest } from '../../lib/recipes/recipe-scaffold'
import { InlineText } from './InlineText'
import styles from './Recipes.module.css'
import { ReadNextList } from '../site/TextLink'
import wizardStyles from '../wizard/Wizard.module.css'

/**
 * The parts of a recipe, shared by its page (/recipes/<slug>/, each part under a heading of the MDX
 * so the headings reach the table of contents) and the wizard's recipe result (headings of its own).
 */

/** The result element: the recipe, its boundaries and the answer it belongs to. */
export function RecipeHeader({
  recipe,
  kicker,
  headingLevel = 'h1',
}: {
  recipe: RecipeView
  kicker: string
  headingLevel?: 'h1' | 'h2'
}) {
  const Heading = headingLevel
  return (
    <div
      data-testid="decision-result"
      data-boundaries={recipe.boundaries.map((boundary) => boundary.id).join(' ')}
      data-recipe={recipe.slug}
      className={wizardStyles.result}
    >
      <p className={wizardStyles.progress}>{kicker}</p>
      <Heading className={wizardStyles.prompt}>{recipe.title}</Heading>
      <p className={wizardStyles.reason}>{recipe.summary}</p>
      <ul className={wizardStyles.boundaryList} aria-label="Boundaries to build">
        {recipe.boundaries.map((boundary) => (
          <li key={boundary.id} className={wizardStyles.boundary}>
            <Link href={boundary.article} className={`nb-link ${wizardStyles.boundaryName}`}>
              {boundary.name}
            </Link>
            <span>{boundary.summary}</span>
          </li>
        ))}
      </ul>
      <p className={styles.underAnswer}>
        A kind of feature under the answer{' '}
        <Link href={recipe.outcome.href} className="nb-link">
          {recipe.outcome.title}
        </Link>
        .
      </p>
    </div>
  )
}

export function RecipeWhen({ recipe }: { recipe: RecipeView }) {
  return recipe.whenThisFits.map((paragraph, index) => (
    <p key={index} className={styles.paragraph}>
      <InlineText parts={paragraph} />
    </p>
  ))
}

/**
 * "The code": the files to create (with "Make it yours", whose files take their place once the reader
 * names the feature), then each file with its role, and the Run panel where it runs. `path` is the
 * page's address, which the feature name is added to.
 */
export function RecipeCode({
  recipe,
  examples,
  path,
}: {
  recipe: RecipeView
  examples: ExampleCode[]
  path: string
}) {
  return (
    <>
      <p className={styles.paragraph}>Files to create:</p>
      <ResultToolsSlot
        path={path}
        boundaryIds={recipe.boundaries.map((boundary) => boundary.id)}
        listedFiles={recipe.fileTree}
        request={recipeScaffoldRequest(recipe)}
      />
      {recipe.code.map((code, index) => (
        <section key={`${code.file}#${code.region ?? ''}`} aria-label={code.file} className={styles.file}>
          <p className={wizardStyles.fileRole}>
            <code>{code.file}</code>: <InlineText parts={code.role} />
          </p>
          <SnippetView snippet={examples[index]!.snippet} />
        </section>
      ))}
      {recipe.runTargets.length > 0 && <RunPanel targets={recipe.runTargets} />}
    </>
  )
}

export function RecipeChecklist({ recipe }: { recipe: RecipeView }) {
  return (
    <ul className={wizardStyles.checklist}>
      {recipe.checklist.map((item, index) => (
        <li key={index}>
          <InlineText parts={item} />
        </li>
      ))}
    </ul>
  )
}

const sourceLabel: Record<NonNullable<TrapView['source']>, string> = {
  next: 'Next.js prints',
  browser: 'The browser prints',
  app: 'The app answers',
}

/** Each trap: the symptom the reader sees (with the exact message), its cause, and the fix. */
export function RecipeTraps({
  recipe,
  headingLevel = 'h3',
}: {
  recipe: RecipeView
  headingLevel?: 'h3' | 'h4'
}) {
  const Heading = headingLevel
  return recipe.traps.map((trap, index) => (
    <section key={index} className={styles.trap} aria-labelledby={`trap-${recipe.slug}-${index}`}>
      <Heading id={`trap-${recipe.slug}-${index}`} className={styles.symptom}>
        <InlineText parts={trap.symptom} />
      </Heading>
      {trap.message && (
        <p className={styles.message}>
          <span className={styles.messageSource}>{sourceLabel[trap.source ?? 'app']}:</span>{' '}
          <code>{trap.message}</code>
        </p>
      )}
      <p>
        <strong>Cause.</strong> <InlineText parts={trap.cause} />
      </p>
      <p>
        <strong>Fix.</strong> <InlineText parts={trap.fix} />
      </p>
    </section>
  ))
}

export function RecipeReadNext({ recipe }: { recipe: RecipeView }) {
  return <ReadNextList links={recipe.readNext} />
}
