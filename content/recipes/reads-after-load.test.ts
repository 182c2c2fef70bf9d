import { describe } from 'vitest'
import { pinRecipeBoundaries } from '../../lib/recipes/recipe-pins.test-helper'
import { readsAfterLoadRecipes } from './reads-after-load'

// Reads after the page is up go through a GET (or, for a stream, POST) Route Handler the browser
// can fetch, abort and cache: never a Server Action, which the client sends one at a time.
describe('reads-after-load recipes', () =>
  pinRecipeBoundaries(readsAfterLoadRecipes, {
    'search-suggestions': { boundaries: ['route-handler'], never: ['server-action'] },
    'infinite-scroll': { boundaries: ['server-component', 'route-handler'], never: ['server-action'] },
    'poll-a-job': { boundaries: ['route-handler'], never: ['server-action'] },
    'client-data-library': { boundaries: ['route-handler'], never: ['server-action'] },
    'streamed-answer': { boundaries: ['route-handler'], never: ['server-action'] },
  }))
