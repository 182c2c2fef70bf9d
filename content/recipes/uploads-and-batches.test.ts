import { describe } from 'vitest'
import { pinRecipeBoundaries } from '../../lib/recipes/recipe-pins.test-helper'
import { uploadsAndBatchesRecipes } from './uploads-and-batches'

describe('uploads and batches recipes', () =>
  pinRecipeBoundaries(uploadsAndBatchesRecipes, {
    // A batch from our own interface: one action; a Route Handler would lose the same-response
    // revalidation and the Origin check, and the work is not outside the app.
    'several-operations-at-once': {
      boundaries: ['server-action'],
      never: ['route-handler', 'api-route', 'external', 'service'],
    },
    // The file rides in the action's own request: no endpoint, no outside storage.
    'small-file-upload': { boundaries: ['server-action'], never: ['route-handler', 'api-route', 'external'] },
    // The bytes go to storage outside the app; the action only signs and records. A Route Handler
    // that receives the file is exactly what this recipe replaces.
    'large-file-upload': {
      boundaries: ['server-action', 'external'],
      never: ['route-handler', 'api-route', 'server-component'],
    },
    // The row goes in the action's own response; a Route Handler plus router.refresh is the contrast.
    'delete-row-at-once': {
      boundaries: ['server-action'],
      never: ['route-handler', 'api-route', 'external'],
    },
    // The App Router's archive rule for the dashboard and the mobile app, never a pages/api route.
    'shared-rule': {
      boundaries: ['service', 'server-action', 'route-handler'],
      never: ['api-route', 'pages-data', 'external'],
    },
  }))
