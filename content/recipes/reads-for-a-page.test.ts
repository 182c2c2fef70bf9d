import { describe } from 'vitest'
import type { RecipePin } from '../../lib/recipes/recipe-pins.test-helper'
import { pinRecipeBoundaries } from '../../lib/recipes/recipe-pins.test-helper'
import { readsForAPageRecipes } from './reads-for-a-page'

// A page's first render reads in a Server Component and nothing else: no Route Handler or pages/api
// route to fetch (not even for the search in the URL), no Server Action for a read (not even for
// several reads at once), no service since no other entry point shares these reads, and nothing
// outside the app.
const readInTheRender: RecipePin = {
  boundaries: ['server-component'],
  never: ['route-handler', 'api-route', 'server-action', 'service', 'pages-data', 'middleware', 'external'],
}

describe('reads-for-a-page recipes', () =>
  pinRecipeBoundaries(readsForAPageRecipes, {
    'private-page': readInTheRender,
    'public-page-that-ranks': readInTheRender,
    'parallel-reads': readInTheRender,
    'search-in-the-url': readInTheRender,
  }))
