import Link from 'next/link'
import type { RecipeLinkView } from '../../lib/recipes/recipe-view'
import wizardStyles from '../wizard/Wizard.module.css'
import styles from './Recipes.module.css'

/**
 * The outcome's recipes, one line each, plain links, under its question: "Which of these is your
 * feature?" unless the outcome asks its own (the webhook outcomes ask how the provider signs).
 */
export function RecipeChooser({ recipes, prompt }: { recipes: RecipeLinkView[]; prompt: string }) {
  return (
    <section aria-labelledby="recipe-chooser-heading" className="nb-no-print">
      <h2 id="recipe-chooser-heading" className={wizardStyles.sectionHeading}>
        {prompt}
      </h2>
      <p>Each one has its own code, checklist and traps. The general answer follows below.</p>
      <ul className={styles.chooser}>
        {recipes.map((recipe) => (
          <li key={recipe.slug} id={`recipe-${recipe.slug}`}>
            <Link href={recipe.href} className="nb-link">
              {recipe.title}
            </Link>
            <span>{recipe.summary}</span>
          </li>
        ))}
      </ul>
    </section>
  )
}
