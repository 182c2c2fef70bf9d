import Link from 'next/link'
import { useData } from 'nextra/hooks'
import type { RecipePageData } from '../../lib/build/page-data/recipe-page-data'
import { SharedPageHead } from '../site/SharedPageHead'
import { HostingNote } from '../wizard/HostingNote'
import wizardStyles from '../wizard/Wizard.module.css'
import {
  RecipeChecklist,
  RecipeCode,
  RecipeHeader,
  RecipeReadNext,
  RecipeTraps,
  RecipeWhen,
} from './RecipeSections'

/**
 * The parts of /recipes/<slug>/, each placed under its heading in pages/recipes/[slug].mdx so that the
 * headings reach the "On this page" outline and search. The data comes from recipeStaticProps.
 */
const useRecipe = () => useData() as RecipePageData

export function RecipePageHeader() {
  const { recipe } = useRecipe()
  const title = `${recipe.title} – Recipes – Next Boundaries`
  return (
    <>
      <SharedPageHead
        title={title}
        description={recipe.description}
        path={recipe.href}
        card={`/og/recipes/${recipe.slug}.png`}
      />
      <div className={wizardStyles.wizard}>
        <RecipeHeader recipe={recipe} kicker={`Recipe · ${recipe.group.title}`} />
        <HostingNote boundaryIds={recipe.boundaries.map((boundary) => boundary.id)} />
        <p className={wizardStyles.startOver}>
          <Link href={recipe.wizardHref} className="nb-link">
            Open this in the wizard
          </Link>{' '}
          ·{' '}
          <Link href="/recipes/" className="nb-link">
            All recipes
          </Link>
        </p>
      </div>
    </>
  )
}

export const RecipePageWhen = () => <RecipeWhen recipe={useRecipe().recipe} />
export const RecipePageCode = () => {
  const { recipe, examples } = useRecipe()
  return <RecipeCode recipe={recipe} examples={examples} path={recipe.href} />
}
export const RecipePageChecklist = () => <RecipeChecklist recipe={useRecipe().recipe} />
export const RecipePageTraps = () => <RecipeTraps recipe={useRecipe().recipe} />
export const RecipePageReadNext = () => <RecipeReadNext recipe={useRecipe().recipe} />
