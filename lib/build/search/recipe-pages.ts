import { boundaries } from '../../../content/boundaries'
import { recipeHref } from '../../recipes/recipe-href'
import type { Recipe } from '../../recipes/recipe-schema'
import type { SearchPage } from '../../search/search-index'

// Inline markup of recipe texts (`code`, [text](href)) searched as its words.
const plain = (text: string) => text.replace(/`([^`]+)`/g, '$1').replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')

/**
 * Each recipe page: what the feature is and the words readers use for it, then its checklist and
 * its traps (symptoms and the exact messages, so a pasted error finds the recipe), under their anchors.
 */
export function recipePages(recipes: readonly Recipe[]): SearchPage[] {
  return recipes.map((recipe) => ({
    kind: 'recipe',
    url: recipeHref(recipe.slug),
    title: recipe.title,
    sections: [
      {
        heading: '',
        anchor: '',
        text: [
          recipe.summary,
          recipe.searchWords.join(', ') + '.',
          recipe.boundaries.map((id) => boundaries[id].name).join(', ') + '.',
        ].join(' '),
      },
      { heading: 'When this fits', anchor: 'when-this-fits', text: plain(recipe.whenThisFits.join(' ')) },
      { heading: 'Checklist', anchor: 'checklist', text: plain(recipe.checklist.join(' ')) },
      {
        heading: 'Traps',
        anchor: 'traps',
        text: plain(
          recipe.traps.map((trap) => [trap.symptom, trap.message ?? '', trap.cause].join(' ')).join(' '),
        ),
      },
    ],
  }))
}
