import { describe } from 'vitest'
import { pinRecipeBoundaries } from '../../lib/recipes/recipe-pins.test-helper'
import { otherCallersRecipes } from './other-callers'

// Another app, a download link or a feed reader reaches this code by URL: never through a Server
// Action (no stable address, an id that can change with a build), and in the Pages Router never through
// a Route Handler either.
describe('other-callers recipes', () =>
  pinRecipeBoundaries(otherCallersRecipes, {
    'mobile-app-endpoint': { boundaries: ['route-handler'], never: ['server-action', 'api-route'] },
    'browser-extension-endpoint': { boundaries: ['route-handler'], never: ['server-action', 'api-route'] },
    'public-api': {
      boundaries: ['route-handler'],
      never: ['server-action', 'server-component', 'api-route'],
    },
    'csv-export': {
      boundaries: ['route-handler'],
      never: ['server-action', 'server-component', 'api-route'],
    },
    'rss-feed': { boundaries: ['route-handler'], never: ['server-action', 'server-component', 'api-route'] },
    'pages-api-endpoint': { boundaries: ['api-route'], never: ['server-action', 'route-handler'] },
  }))
