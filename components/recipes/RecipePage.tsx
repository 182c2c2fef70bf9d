import Head from 'next/head'
import Link from 'next/link'
import { useData } from 'nextra/hooks'
import type { RecipePageData } from '../../lib/build/page-data/recipe-page-data'
import { siteUrl } from '../site/site-url'
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
      <Head>
        <title>{title}</title>
        <meta name="description" content={recipe.description} />
        <meta property="og:title" content={title} />
        <meta property="og:description" content={recipe.description} />
        <link rel="canonical" href={siteUrl + recipe.href} />
        <meta property="og:image" content={`${siteUrl}/og/recipes/${recipe.slug}.png`} key="og:image" />
        <meta property="og:url" content={siteUrl + recipe.href} />
        <meta name="twitter:card" content="summary_large_image" />
      </Head>
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
  return <RecipeCode recipe={recipe} examples={examples} />
}
export const RecipePageChecklist = () => <RecipeChecklist recipe={useRecipe().recipe} />
export const RecipePageTraps = () => <RecipeTraps recipe={useRecipe().recipe} />
export const RecipePageReadNext = () => <RecipeReadNext recipe={useRecipe().recipe} />
