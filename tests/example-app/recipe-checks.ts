import type { Browser } from 'playwright-core'
import { errorsChecks } from './errors'
import { formsAndButtonsChecks } from './forms-and-buttons'
import { otherCallersChecks } from './other-callers'
import { outsideTheAppChecks } from './outside-the-app'
import { readsAfterLoadChecks } from './reads-after-load'
import { readsForAPageChecks } from './reads-for-a-page'
import { schedulesChecks } from './schedules'
import { signInAndAccessChecks } from './sign-in-and-access'
import { uploadsAndBatchesChecks } from './uploads-and-batches'
import { webhooksChecks } from './webhooks'

/**
 * What a group of recipe checks gets from tests/example-app.e2e.ts: the running app (built by the
 * real `next` of one verified version) and a Chromium. Read them inside an `it`, once the hooks ran.
 */
export type ExampleAppContext = {
  /** The Next.js version under test. */
  next: string
  url: () => string
  browser: () => Browser
  request: (path: string, init?: RequestInit) => Promise<Response>
  /** Everything `next start` has printed so far (its log, where Next.js reports errors). */
  serverOutput: () => string
}

/** Every group's checks of its recipes' code, under `next start` (one describe per group). */
export const recipeCheckGroups: Array<[string, (app: ExampleAppContext) => void]> = [
  ['reads for a page', readsForAPageChecks],
  ['reads after the page is up', readsAfterLoadChecks],
  ['forms and buttons', formsAndButtonsChecks],
  ['uploads and batches', uploadsAndBatchesChecks],
  ['other callers, files and feeds', otherCallersChecks],
  ['webhooks by signing scheme', webhooksChecks],
  ['sign-in callbacks and access control', signInAndAccessChecks],
  ['schedules and work after the response', schedulesChecks],
  ['outside the app', outsideTheAppChecks],
  ['errors of /errors/', errorsChecks],
]
