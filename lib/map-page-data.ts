import { decisionGraph } from './decision-graph'
import { layoutDiagram } from './diagram-layout'
import { graphOutline } from './graph-outline'
import { slugTree } from './graph-paths'

/** getStaticProps for the decision map's own page. */
export function mapStaticProps() {
  return { props: { ssg: { layout: layoutDiagram(decisionGraph), outline: graphOutline(decisionGraph) } } }
}

/** getStaticProps for the 404 page: only the answer slugs, so it can repair a broken wizard link. */
export function notFoundStaticProps() {
  return { props: { ssg: { slugTree: slugTree(decisionGraph) } } }
}
