import { boundaries } from '../../../content/boundaries'
import { decisionGraph, recipeLibrary } from '../../graph/decision-graph'
import { recipeHref } from '../../recipes/recipe-href'
import { findRecipe } from '../../recipes/recipe-library'
import { recipeGroups } from '../../recipes/recipe-schema'
import { recipeView, type RecipeView } from '../../recipes/recipe-view'
import { exampleCode, type ExampleCode } from './example-code'

export type RecipePageData = { recipe: RecipeView; examples: ExampleCode[] }

export type RecipeSummary = {
  slug: string
  href: string
  title: string
  summary: string
  boundaryNames: string[]
  /** What the list's filter matches besides the words shown: the reader's words for the feature. */
  searchWords: string[]
}

export type RecipeListData = {
  groups: Array<{ id: string; title: string; recipes: RecipeSummary[] }>
}

export function recipeStaticPaths() {
  return {
    paths: recipeLibrary.map((recipe) => ({ params: { slug: recipe.slug } })),
    fallback: false as const,
  }
}

export async function recipeStaticProps(slug: string): Promise<{ props: { ssg: RecipePageData } }> {
  const recipe = findRecipe(slug)
  if (!recipe) throw new Error(`No recipe "${slug}"`)
  const view = recipeView(decisionGraph, recipe, recipeLibrary)
  return { props: { ssg: { recipe: view, examples: await exampleCode(view.code) } } }
}

export function recipeSummaries(): RecipeSummary[] {
  return recipeLibrary.map((recipe) => ({
    slug: recipe.slug,
    href: recipeHref(recipe.slug),
    title: recipe.title,
    summary: recipe.summary,
    boundaryNames: recipe.boundaries.map((id) => boundaries[id].name),
    searchWords: recipe.searchWords,
  }))
}

/** getStaticProps for /recipes/: every recipe, grouped by what starts the code. */
export function recipeListStaticProps(): { props: { ssg: RecipeListData } } {
  const summaries = recipeSummaries()
  return {
    props: {
      ssg: {
        groups: recipeGroups
          .map((group) => ({
            id: group.id,
            title: group.title,
            recipes: summaries.filter((summary) => findRecipe(summary.slug)!.group === group.id),
          }))
          .filter((group) => group.recipes.length > 0),
      },
    },
  }
}
