import Link from 'next/link'
import { useData } from 'nextra/hooks'
import type { ScenarioPageData } from '../../lib/build/page-data/scenario-page-data'
import { DecisionMap } from '../map/DecisionMap'
import { RecipeResult } from '../recipes/RecipeResult'
import { DecisionResult } from '../wizard/DecisionResult'
import { SharedPageHead } from '../site/SharedPageHead'
import styles from '../wizard/Wizard.module.css'

/** One named scenario: the feature, its decision, the trail that leads there and the map. */
export function ScenarioPage() {
  const { scenario, answers, outcome, recipe, recipes, examples, trail, pathNodeIds, layout, outline } =
    useData() as ScenarioPageData
  const title = `${scenario.title} – Scenarios – Next Boundaries`
  const description = `${scenario.description} Answer: ${scenario.boundaryNames.join(' + ')}.`
  return (
    <>
      <SharedPageHead
        title={title}
        description={description}
        path={scenario.href}
        card={`/og/scenarios/${scenario.slug}.png`}
      />
      <div className={styles.wizard}>
        <p className={styles.progress}>Scenario</p>
        <h1 className={styles.prompt}>{scenario.title}</h1>
        <p className={styles.help}>{scenario.description}</p>
        <p className={styles.startOver}>
          <Link href={scenario.wizardHref} className="nb-link">
            Open this in the wizard
          </Link>{' '}
          ·{' '}
          <Link href="/scenarios/" className="nb-link">
            All scenarios
          </Link>
        </p>
      </div>
      {recipe ? (
        <RecipeResult
          recipe={recipe}
          examples={examples}
          trail={trail}
          sharePath={scenario.href}
          headingLevel="h2"
        />
      ) : (
        <DecisionResult
          outcome={outcome}
          examples={examples}
          trail={trail}
          sharePath={scenario.href}
          answers={answers}
          recipes={recipes}
          headingLevel="h2"
        />
      )}
      <DecisionMap
        layout={layout}
        outline={outline}
        pathNodeIds={pathNodeIds}
        currentId={pathNodeIds.at(-1)}
      />
    </>
  )
}
