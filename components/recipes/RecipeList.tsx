import Link from 'next/link'
import { useData } from 'nextra/hooks'
import { useId, useState } from 'react'
import type { RecipeListData } from '../../lib/build/page-data/recipe-page-data'
import { filterWords, matchesWords } from '../../lib/text-filter'
import listStyles from '../scenarios/ScenarioList.module.css'
import styles from './Recipes.module.css'

/** Every recipe, grouped by what starts the code, with a filter; without JavaScript the whole list shows. */
export function RecipeList() {
  const { groups } = useData() as RecipeListData
  const [query, setQuery] = useState('')
  const inputId = useId()
  const words = filterWords(query)
  const total = groups.reduce((sum, group) => sum + group.recipes.length, 0)
  const shownGroups = groups.map((group) => ({
    ...group,
    recipes: group.recipes.filter((recipe) =>
      matchesWords(
        [recipe.title, recipe.summary, ...recipe.boundaryNames, ...recipe.searchWords, group.title].join(' '),
        words,
      ),
    ),
  }))
  const shown = shownGroups.reduce((sum, group) => sum + group.recipes.length, 0)
  return (
    <div className={listStyles.scenarios}>
      <div className={listStyles.filter}>
        <label htmlFor={inputId}>Filter recipes</label>
        <input
          id={inputId}
          type="search"
          value={query}
          placeholder="upload, stream, poll, WebSocket…"
          onChange={(event) => setQuery(event.target.value)}
        />
        <span role="status" className={listStyles.count}>
          {shown === total ? `${total} recipes` : `${shown} of ${total} recipes`}
        </span>
      </div>
      {shownGroups.map(
        (group) =>
          group.recipes.length > 0 && (
            <section key={group.id} aria-labelledby={group.id}>
              <h2 id={group.id} className={styles.groupHeading}>
                {group.title}
              </h2>
              <ul className={listStyles.list}>
                {group.recipes.map((recipe) => (
                  <li key={recipe.slug} className={listStyles.item}>
                    <Link href={recipe.href} className={`nb-link ${listStyles.title}`}>
                      {recipe.title}
                    </Link>
                    <span>{recipe.summary}</span>
                    <span className={listStyles.answer}>Builds: {recipe.boundaryNames.join(' + ')}</span>
                  </li>
                ))}
              </ul>
            </section>
          ),
      )}
      {shown === 0 && (
        <p>No recipe matches “{query}”. Try fewer words, or answer the questions in the wizard.</p>
      )}
    </div>
  )
}
