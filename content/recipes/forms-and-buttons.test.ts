import { describe } from 'vitest'
import { pinRecipeBoundaries } from '../../lib/recipes/recipe-pins.test-helper'
import { formsAndButtonsRecipes } from './forms-and-buttons'

describe('forms-and-buttons recipes', () =>
  pinRecipeBoundaries(formsAndButtonsRecipes, {
    // Each change starts in our own interface, its only caller: a Server Action, never a URL of its own.
    'form-with-field-errors': { boundaries: ['server-action'], never: ['route-handler', 'api-route'] },
    'optimistic-toggle': { boundaries: ['server-action'], never: ['route-handler', 'api-route'] },
    'role-checked-action': { boundaries: ['server-action'], never: ['route-handler', 'api-route'] },
    'public-form': { boundaries: ['server-action'], never: ['route-handler', 'api-route'] },
    'form-without-javascript': { boundaries: ['server-action'], never: ['route-handler', 'api-route'] },
  }))
