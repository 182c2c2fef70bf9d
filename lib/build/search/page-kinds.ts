import { errorLibrary } from '../../errors/error-library'
import { checkedGraph } from '../../graph/checked-graph'
import { recipeLibrary } from '../../recipes/recipe-library'
import { scenarioLibrary } from '../../scenarios/scenario-library'
import type { SearchPage } from '../../search/search-index'
import { errorPages } from './error-pages'
import { recipePages } from './recipe-pages'
import { scenarioPages } from './scenario-pages'
import { wizardPages } from './wizard-pages'

/**
 * Every kind of page search knows, in the order results name them. A kind either takes the pages
 * Nextra indexed from MDX whose route matches `routes` (articles, patterns), or makes its pages from
 * content (`pages`): a dynamic MDX page such as scenarios/[slug].mdx is indexed by Nextra as one
 * template, without the words of any page it renders. A new kind of page adds one entry here, before
 * the catch-all `page`.
 */
export type PageKind = {
  id: string
  /** What a result of this kind is called: 'Scenario'. */
  label: string
  routes?: RegExp
  pages?: () => SearchPage[]
}

let wizard: SearchPage[] | undefined
const wizardOfKind = (kind: string) =>
  (wizard ??= wizardPages(checkedGraph)).filter((page) => page.kind === kind)

export const pageKinds: PageKind[] = [
  { id: 'guide', label: 'Guide', routes: /^\/guide\// },
  { id: 'pattern', label: 'Pattern', routes: /^\/patterns\/[^/]/ },
  { id: 'recipe', label: 'Recipe', pages: () => recipePages(recipeLibrary) },
  { id: 'error', label: 'Error', pages: () => errorPages(errorLibrary) },
  { id: 'scenario', label: 'Scenario', pages: () => scenarioPages(scenarioLibrary) },
  { id: 'wizard-result', label: 'Wizard result', pages: () => wizardOfKind('wizard-result') },
  { id: 'wizard-step', label: 'Wizard step', pages: () => wizardOfKind('wizard-step') },
  { id: 'page', label: 'Page', routes: /^\// },
]
