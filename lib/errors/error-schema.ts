import { z } from 'zod'
import { slugPattern } from '../wizard/wizard-url'

const slug = z.string().regex(slugPattern, 'must be lower-case words joined by hyphens')
const text = z.string().trim().min(1)

/** Where the reader meets the message: how /errors/ groups its entries, in this order. */
export const errorPlaces = [
  { id: 'build', title: 'When next build runs' },
  { id: 'server-log', title: 'In the server’s log' },
  { id: 'browser', title: 'In the browser' },
  { id: 'response', title: 'In an HTTP response' },
  { id: 'symptom', title: 'No message: something does not change' },
] as const

export type ErrorPlaceId = (typeof errorPlaces)[number]['id']

/** Who prints a message: Next.js itself, Node.js (its fetch, undici), the browser, or our example app. */
export const messageSources = ['next', 'node', 'browser', 'app'] as const
export type MessageSource = (typeof messageSources)[number]

/**
 * A message exactly as printed, `{name}` standing for a value filled in (see
 * lib/messages/message-template.ts). A `next` message is found in the installed code of every
 * version it names; `node` and `browser` messages are compared with what a test triggers.
 */
export const errorMessageSchema = z.object({
  text,
  source: z.enum(messageSources),
  /** The Next.js majors that print it: both by default; one when the other prints something else. */
  versions: z
    .array(z.enum(['16', '15']))
    .min(1)
    .default(['16', '15']),
  /** Where it shows: "the server’s log under next start", "the browser console". */
  where: text,
})

/** Code on the page: what readers write that causes it, and what to write instead. */
export const errorCodeSchema = z.object({
  kind: z.enum(['wrong', 'right']),
  file: text,
  code: text,
})

export const errorLinkSchema = z.object({
  title: text,
  href: z.string().regex(/^(\/|https:\/\/)/, 'must be a site path or https URL'),
})

export const errorEntrySchema = z.object({
  slug,
  /** The page's heading: the message, shortened, or the symptom in the reader's words. */
  title: text,
  /** The meta description and preview card text. */
  description: text,
  place: z.enum(errorPlaces.map((place) => place.id) as [ErrorPlaceId, ...ErrorPlaceId[]]),
  /** The exact messages; none for a symptom without one (the page does not change). */
  messages: z.array(errorMessageSchema).default([]),
  /** What each `{name}` of the messages stands for. */
  placeholders: z.record(z.string(), text).default({}),
  /** When it happens: what the reader did, in their words. */
  when: z.array(text).min(1),
  cause: z.array(text).min(1),
  fix: z.array(text).min(1),
  /** What Next.js 15 prints or does differently, when it does. */
  onNext15: text.optional(),
  code: z.array(errorCodeSchema).default([]),
  /** Recipes (slugs of content/recipes) that build the feature right. */
  recipes: z.array(slug).default([]),
  /** Our guide articles and the official docs. */
  readNext: z.array(errorLinkSchema).min(1),
  /** Words readers type for it besides the message (405, CORS, stale…), for search and the filter. */
  readersWords: z.array(text).min(1),
  /** Which test reproduces it, shown under the message: how we know the text is right. */
  checkedBy: text,
})

export type ErrorEntryInput = z.input<typeof errorEntrySchema>
export type ErrorEntry = z.infer<typeof errorEntrySchema>
export type ErrorMessage = z.infer<typeof errorMessageSchema>
