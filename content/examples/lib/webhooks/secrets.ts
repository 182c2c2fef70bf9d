/**
 * The signing secrets of the example hooks, from the environment, with fallbacks so the examples
 * run anywhere. A real app refuses to start without them.
 */

export const exampleSecrets = {
  github: 'example-github-webhook-secret',
  shopify: 'example-shopify-client-secret',
  standard: 'whsec_bmV4dC1ib3VuZGFyaWVzIHN0YW5kYXJkIGhvb2tzISE=',
  cms: 'example-cms-hook-secret',
}

export function githubWebhookSecret(): string {
  return process.env.GITHUB_WEBHOOK_SECRET ?? exampleSecrets.github
}

/** Shopify signs with the app's client secret. */
export function shopifyWebhookSecret(): string {
  return process.env.SHOPIFY_CLIENT_SECRET ?? exampleSecrets.shopify
}

/** The `whsec_…` signing secret of a Standard Webhooks (or Svix) endpoint. */
export function standardWebhookSecret(): string {
  return process.env.STANDARD_WEBHOOK_SECRET ?? exampleSecrets.standard
}

export function cmsHookSecret(): string {
  return process.env.CMS_HOOK_SECRET ?? exampleSecrets.cms
}
