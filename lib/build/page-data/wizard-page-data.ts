import { decisionGraph, recipeLibrary } from '../../graph/decision-graph'
import { exampleCode } from './example-code'
import { allAnswerPaths } from '../../graph/graph-paths'
import { decisionMapData } from './map-page-data'
import { wizardView } from '../../wizard/wizard-view'
import { wizardRoute } from '../../wizard/wizard-url'
import { wizardPageMap } from '../../../scripts/build/wizard-page-map.mjs'

/** getStaticPaths for /decide/[[...path]]: every reachable step and result is prerendered. */
export function wizardStaticPaths() {
  return {
    paths: allAnswerPaths(decisionGraph).map((path) => ({ params: { path } })),
    fallback: false as const,
  }
}

/**
 * getStaticProps for one wizard page: the step or result, the example code of a result (highlighted
 * here), plus the map (layout computed here, at build time), and the page's own entry in Nextra's
 * page map, which marks "Decide" in the sidebar and turns the pager off (wizard-page-map.mjs).
 */
export async function wizardStaticProps(path: string[] | undefined) {
  const answers = path ?? []
  const view = wizardView(decisionGraph, answers, recipeLibrary)
  return {
    props: {
      __nextra_pageMap: wizardPageMap(wizardRoute(answers)),
      ssg: {
        view,
        examples:
          view.kind !== 'result'
            ? []
            : await exampleCode(view.recipe ? view.recipe.code : view.outcome.examples),
        ...decisionMapData(),
      },
    },
  }
}
