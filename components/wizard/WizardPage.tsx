import Head from 'next/head'
import { useData } from 'nextra/hooks'
import type { DiagramLayout } from '../../lib/build/diagram-layout'
import type { ExampleCode } from '../../lib/build/page-data/example-code'
import type { OutlineNode } from '../../lib/graph/graph-outline'
import type { WizardView } from '../../lib/wizard/wizard-view'
import { DecisionMap } from '../map/DecisionMap'
import { RecipeResult } from '../recipes/RecipeResult'
import { DecisionResult } from './DecisionResult'
import { WizardQuestion } from './WizardQuestion'
import { WizardStepNav } from './WizardStepNav'

export type WizardPageData = {
  view: WizardView
  examples: ExampleCode[]
  layout: DiagramLayout
  outline: OutlineNode
}

/** A prerendered wizard step or result, from the data its page's getStaticProps computed. */
export function WizardPage() {
  const { view, examples, layout, outline } = useData() as WizardPageData
  const title =
    view.kind === 'step'
      ? `${view.prompt} (question ${view.questionNumber}) – Decide – Next Boundaries`
      : `${view.recipe?.title ?? view.outcome.title} – Decide – Next Boundaries`
  return (
    <>
      <Head>
        <title>{title}</title>
      </Head>
      {view.kind === 'step' ? (
        <WizardStepNav
          here={view.questionNumber === 1 ? null : `Question ${view.questionNumber}`}
          backHref={view.backHref}
          backTo={`question ${view.questionNumber - 1}`}
        />
      ) : view.recipe ? (
        <WizardStepNav here="Recipe" backHref={view.backHref} backTo="the answer’s list of features" />
      ) : (
        <WizardStepNav here="Result" backHref={view.backHref} backTo={`question ${view.trail.length}`} />
      )}
      {view.kind === 'step' ? (
        <WizardQuestion view={view} />
      ) : view.recipe ? (
        <RecipeResult recipe={view.recipe} examples={examples} trail={view.trail} sharePath={view.href} />
      ) : (
        <DecisionResult
          outcome={view.outcome}
          examples={examples}
          trail={view.trail}
          sharePath={view.href}
          answers={view.answers}
          recipes={view.recipes}
        />
      )}
      <DecisionMap
        layout={layout}
        outline={outline}
        pathNodeIds={view.pathNodeIds}
        currentId={view.kind === 'step' ? view.questionId : view.outcome.id}
      />
    </>
  )
}
