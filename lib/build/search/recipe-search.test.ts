import { describe, expect, it } from 'vitest'
import { recipeLibrary } from '../../recipes/recipe-library'
import { recipeHref } from '../../recipes/recipe-href'
import { prepareIndex, search } from '../../search/search-engine'
import { buildSearchIndex } from './build-search-index'

// The site's own index, without the MDX articles (they come from the export): every recipe,
// scenario and wizard page. Readers type the words they use for a feature, not our titles.
const index = prepareIndex(buildSearchIndex({}))
const topUrls = (query: string, count = 5) => search(index, query, { pages: count }).map((hit) => hit.url)

const readersWords: Record<string, string[]> = {
  stream: ['streamed-answer'],
  upload: ['small-file-upload', 'large-file-upload'],
  poll: ['poll-a-job'],
  scroll: ['infinite-scroll'],
  toggle: ['optimistic-toggle'],
  like: ['optimistic-toggle'],
  websocket: ['realtime-two-way'],
  'real time': ['realtime-two-way'],
  job: ['long-running-job'],
  'static export': ['static-export-form'],
}

describe('search finds the recipes', () => {
  for (const [words, slugs] of Object.entries(readersWords)) {
    it(`finds ${slugs.join(' and ')} for “${words}”`, () => {
      expect(topUrls(words)).toEqual(expect.arrayContaining(slugs.map(recipeHref)))
    })
  }

  it('finds each recipe by its title among the first three, and by each word readers use for it', () => {
    for (const recipe of recipeLibrary) {
      expect(topUrls(recipe.title, 3), recipe.title).toContain(recipeHref(recipe.slug))
      // A broad word ("form", "REST") fits many pages: the recipe is among them, not always first.
      for (const word of recipe.searchWords)
        expect(topUrls(word, 30), `“${word}” for ${recipe.slug}`).toContain(recipeHref(recipe.slug))
    }
  })
})
