import { describe } from 'vitest'
import { pinRecipeBoundaries } from '../../lib/recipes/recipe-pins.test-helper'
import { outsideTheAppRecipes } from './outside-the-app'

describe('outside-the-app recipes', () =>
  pinRecipeBoundaries(outsideTheAppRecipes, {
    // The socket lives outside; the app only signs tokens. No action: a token is a read.
    'realtime-two-way': { boundaries: ['external', 'route-handler'], never: ['server-action', 'service'] },
    // A stream needs a Route Handler and nothing outside; an action answers once.
    'live-updates-one-way': { boundaries: ['route-handler'], never: ['server-action', 'external'] },
    // The action enqueues, a worker outside runs the job, a GET handler reports its status.
    'long-running-job': { boundaries: ['external', 'server-action', 'route-handler'], never: ['service'] },
    // A static export runs no action and exports no POST handler: only the outside endpoint.
    'static-export-form': { boundaries: ['external'], never: ['server-action', 'route-handler'] },
  }))
