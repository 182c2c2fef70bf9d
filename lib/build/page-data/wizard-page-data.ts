import { decisionGraph } from '../../graph/decision-graph'
import { exampleCode } from './example-code'
import { allAnswerPaths } from '../../graph/graph-paths'
import { decisionMapData } from './map-page-data'
import { wizardView } from '../../wizard/wizard-view'

/** getStaticPaths for /decide/[[...path]]: every reachable step and result is prerendered. */
export function wizardStaticPaths() {
  return {
    paths: allAnswerPaths(decisionGraph).map((path) => ({ params: { path } })),
    fallback: false as const,
  }
}

/**
 * getStaticProps for one wizard page: the step or result, the example code of a result (highlighted
 * here), plus the map (layout computed here, at build time).
 */
export async function wizardStaticProps(path: string[] | undefined) {
  const view = wizardView(decisionGraph, path ?? [])
  return {
    props: {
      ssg: {
        view,
        examples: view.kind === 'result' ? await exampleCode(view.outcome.examples) : [],
        ...decisionMapData(),
      },
    },
  }
}
