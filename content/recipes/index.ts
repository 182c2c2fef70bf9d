import { formsAndButtonsRecipes } from './forms-and-buttons'
import { otherCallersRecipes } from './other-callers'
import { outsideTheAppRecipes } from './outside-the-app'
import { readsAfterLoadRecipes } from './reads-after-load'
import { readsForAPageRecipes } from './reads-for-a-page'
import { scheduleRecipes } from './schedules'
import { signInAndAccessRecipes } from './sign-in-and-access'
import { uploadsAndBatchesRecipes } from './uploads-and-batches'
import { webhookRecipes } from './webhooks'

/**
 * Every recipe: one kind of feature under one outcome of content/graph.ts, with its own code from
 * content/examples, checklist and traps. The order here is the order on /recipes/ and in each
 * outcome's "Which of these is your feature?" list. Slugs are stable URLs (/recipes/<slug>/).
 */
export const recipes = [
  ...readsForAPageRecipes,
  ...readsAfterLoadRecipes,
  ...formsAndButtonsRecipes,
  ...uploadsAndBatchesRecipes,
  ...otherCallersRecipes,
  ...webhookRecipes,
  ...signInAndAccessRecipes,
  ...scheduleRecipes,
  ...outsideTheAppRecipes,
]
