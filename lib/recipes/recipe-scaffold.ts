import type { ScaffoldRequest } from '../scaffold/build-scaffold'
import { defaultScaffoldWord } from '../scaffold/template-parts'
import { plainText } from './inline-text'
import type { RecipeView } from './recipe-view'
import type { Recipe } from './recipe-schema'

/** A recipe's scaffold starts from exactly the files its "Files to create" lists. */
export function recipeScaffoldRoots(recipe: Pick<Recipe, 'files'>): string[] {
  return recipe.files.map((file) => file.path)
}

/** The word the reader's name replaces in the recipe's files: '' when they keep the example's names. */
export function recipeScaffoldWord(recipe: Pick<Recipe, 'featureWord'>): string {
  return recipe.featureWord === null ? '' : (recipe.featureWord ?? defaultScaffoldWord)
}

/** "Make it yours" on a recipe: its title, its checklist as plain text, its files and its word. */
export function recipeScaffoldRequest(
  recipe: Pick<RecipeView, 'title' | 'checklist' | 'scaffold'>,
): ScaffoldRequest {
  return {
    title: recipe.title,
    checklist: recipe.checklist.map(plainText),
    roots: recipe.scaffold.roots,
    word: recipe.scaffold.word,
  }
}
