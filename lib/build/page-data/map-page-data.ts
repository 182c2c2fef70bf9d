import { decisionGraph, recipeLibrary } from '../../graph/decision-graph'
import { layoutDiagram } from '../diagram-layout'
import { graphOutline } from '../../graph/graph-outline'
import { slugTree } from '../../graph/graph-paths'

type DecisionMapData = { layout: ReturnType<typeof layoutDiagram>; outline: ReturnType<typeof graphOutline> }
let decisionMap: DecisionMapData | undefined

/** The map's layout and outline: the same for every page that shows the map, so computed once per build. */
export function decisionMapData(): DecisionMapData {
  const recipeTitles = Object.fromEntries(recipeLibrary.map((recipe) => [recipe.slug, recipe.title]))
  decisionMap ??= {
    layout: layoutDiagram(decisionGraph),
    outline: graphOutline(decisionGraph, recipeTitles),
  }
  return decisionMap
}

/** getStaticProps for the decision map's own page. */
export function mapStaticProps() {
  return { props: { ssg: decisionMapData() } }
}

/** getStaticProps for the 404 page: only the answer slugs, so it can repair a broken wizard link. */
export function notFoundStaticProps() {
  return { props: { ssg: { slugTree: slugTree(decisionGraph) } } }
}
