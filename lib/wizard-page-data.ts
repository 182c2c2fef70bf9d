import { decisionGraph } from './decision-graph'
import { allAnswerPaths } from './graph-paths'
import { decisionMapData } from './map-page-data'
import { wizardView } from './wizard-view'

/** getStaticPaths for /decide/[[...path]]: every reachable step and result is prerendered. */
export function wizardStaticPaths() {
  return {
    paths: allAnswerPaths(decisionGraph).map((path) => ({ params: { path } })),
    fallback: false as const,
  }
}

/** getStaticProps for one wizard page: the step or result, plus the map (layout computed here, at build time). */
export function wizardStaticProps(path: string[] | undefined) {
  return {
    props: {
      ssg: {
        view: wizardView(decisionGraph, path ?? []),
        ...decisionMapData(),
      },
    },
  }
}
