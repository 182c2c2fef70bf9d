import { describe, expect, it } from 'vitest'
import { verifyBodySignature } from '../examples/lib/webhooks/body-signature'
import { exampleSecrets } from '../examples/lib/webhooks/secrets'
import { pinRecipeBoundaries, type RecipePin } from '../../lib/recipes/recipe-pins.test-helper'
import { runTarget } from '../run-targets'
import { webhookRecipes } from './webhooks'

// A provider reaches this code by URL: never through a Server Action (no stable address, an id that can
// change with a build), never through a Server Component; in the Pages Router never through a Route
// Handler either. The middleware plays no part (a webhook path stays out of its matcher), and a CMS hook
// that only revalidates pages needs no service of its own.
const appRouter: RecipePin = {
  boundaries: ['route-handler'],
  never: ['server-action', 'server-component', 'api-route', 'middleware'],
}
const pagesRouter: RecipePin = {
  boundaries: ['api-route'],
  never: ['server-action', 'server-component', 'route-handler', 'middleware'],
}

describe('webhooks recipes', () =>
  pinRecipeBoundaries(webhookRecipes, {
    'signed-webhook': { ...appRouter, never: [...appRouter.never, 'service'] },
    'body-signature-webhook': appRouter,
    'standard-webhook': appRouter,
    'cms-publish-hook': { ...appRouter, never: [...appRouter.never, 'service'] },
    'pages-api-webhook': pagesRouter,
    'pages-cms-publish-hook': pagesRouter,
  }))

describe('webhooks recipes in the wizard', () => {
  it('list App Router recipes under the App Router webhook outcomes and Pages Router ones under its own', () => {
    for (const recipe of webhookRecipes) {
      const expected = recipe.boundaries.includes('api-route')
        ? ['api-route-for-webhook']
        : ['route-handler-for-webhook', 'service-with-webhook-route-handler']
      expect(recipe.outcomes, recipe.slug).toEqual(expected)
    }
  })
})

describe('the Run panel’s signed deliveries', () => {
  it('carry signatures that verify against the example secrets, so an edited body is what fails', async () => {
    const signed = [
      ['github-webhook', 'x-hub-signature-256', exampleSecrets.github, 'hex'],
      ['shopify-webhook', 'x-shopify-hmac-sha256', exampleSecrets.shopify, 'base64'],
    ] as const
    for (const [id, header, secret, encoding] of signed) {
      const target = runTarget(id)
      if (target.kind !== 'route') throw new Error(`${id} is not a route target`)
      const body = new TextEncoder().encode(target.request.body)
      const signature = target.request.headers![header]!.replace(/^sha256=/, '')
      expect(await verifyBodySignature(body, signature, secret, encoding), id).toEqual({ ok: true })
    }
  })
})
