import { describe } from 'vitest'
import { pinRecipeBoundaries } from '../../lib/recipes/recipe-pins.test-helper'
import { signInAndAccessRecipes } from './sign-in-and-access'

describe('sign-in-and-access recipes', () =>
  pinRecipeBoundaries(signInAndAccessRecipes, {
    // The provider sends the browser to a URL: no action, no page, and never the proxy, which must
    // leave the callback alone.
    'sign-in-callback': {
      boundaries: ['route-handler'],
      never: ['server-action', 'server-component', 'middleware', 'api-route'],
    },
    // The proxy is the first check, never the only one: the data functions and the actions check too.
    'protect-pages-and-actions': {
      boundaries: ['middleware', 'service', 'server-action'],
      never: ['route-handler', 'api-route', 'external'],
    },
  }))
