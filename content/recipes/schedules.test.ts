import { describe } from 'vitest'
import { pinRecipeBoundaries } from '../../lib/recipes/recipe-pins.test-helper'
import { scheduleRecipes } from './schedules'

describe('schedules recipes', () =>
  pinRecipeBoundaries(scheduleRecipes, {
    // The scheduler is an outside caller: a URL, behind a secret, calling the job. Never an action.
    'hosted-cron': { boundaries: ['route-handler', 'service'], never: ['server-action', 'external'] },
    // after() runs in the same handler once it has answered: no queue, no worker, no action.
    'after-response': { boundaries: ['route-handler'], never: ['external', 'server-action'] },
    // A script in the code base imports the rule: no endpoint to build or secure.
    'script-calls-service': {
      boundaries: ['service'],
      never: ['route-handler', 'server-action', 'api-route'],
    },
  }))
