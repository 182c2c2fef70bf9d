import { z } from 'zod'
import { boundaryIds } from '../../content/boundaries'
import { fileToCreateSchema } from '../graph/graph-schema'
import { slugPattern } from '../wizard/wizard-url'

const slug = z.string().regex(slugPattern, 'must be lower-case words joined by hyphens')
const text = z.string().trim().min(1)
const link = z.object({
  title: text,
  href: z.string().regex(/^(\/|https:\/\/)/, 'must be a site path or https URL'),
})

/**
 * What starts the code, as the wizard's first App Router question asks it, plus integrations
 * (callbacks, access control, schedules) and the work that belongs outside the Next.js app: how
 * /recipes/ groups the recipes.
 */
export const recipeGroups = [
  { id: 'page-needs-data', title: 'A page needs data when it loads' },
  { id: 'browser-fetches-after-load', title: 'Browser code asks for data after the page is up' },
  { id: 'our-interface-changes-data', title: 'Our own interface changes something' },
  { id: 'another-system-calls-us', title: 'Another system or app calls us' },
  { id: 'url-returns-a-file-or-feed', title: 'A link returns a file or a feed' },
  { id: 'browser-returns-from-elsewhere', title: 'The browser comes back from another site' },
  { id: 'access-control', title: 'Who may open a page, run an action or call an endpoint' },
  { id: 'schedules-and-background-work', title: 'Schedules and work after the response' },
  { id: 'outside-the-app', title: 'Work that belongs outside the Next.js app' },
] as const

export type RecipeGroupId = (typeof recipeGroups)[number]['id']

/**
 * One trap: what the reader sees, why, and what to do. `message` is the exact text Next.js, the
 * browser or the example app prints, when there is one; `source` says where it comes from, and for
 * `next` a test finds the text in the installed Next.js of both verified versions.
 */
export const trapSchema = z.object({
  symptom: text,
  message: text.optional(),
  source: z.enum(['next', 'browser', 'app']).optional(),
  cause: text,
  fix: text,
})

/** A file of content/examples shown on the recipe page, whole or one `// #region` of it. */
export const recipeCodeSchema = z.object({
  file: text,
  region: text.optional(),
  /** What this file does in the recipe, one line above the code. */
  role: text,
})

export const recipeSchema = z.object({
  slug,
  title: text,
  /** One line: the kind of feature, as the outcome's "Which of these is your feature?" list shows it. */
  summary: text,
  /** The page's meta description and preview card text. */
  description: text,
  group: z.enum(recipeGroups.map((group) => group.id) as [RecipeGroupId, ...RecipeGroupId[]]),
  /** Outcome ids of content/graph.ts whose result lists this recipe; the first is its home. */
  outcomes: z.array(text).min(1),
  /** Every boundary the recipe tells the reader to build. */
  boundaries: z.array(z.enum(boundaryIds)).min(1),
  /** "When this fits": a few short paragraphs, and when another recipe fits better. */
  whenThisFits: z.array(text).min(1),
  /** Files to create, exactly the files "The code" shows. */
  files: z.array(fileToCreateSchema).min(1),
  /**
   * The word of the recipe's code that a reader's feature name replaces in "Make it yours" (singular,
   * lower case: "video" also finds "videos", "Video"); "project" when left out; null when the code
   * names nothing after one feature (a provider's webhook), so the files keep the example's names.
   */
  featureWord: z
    .string()
    .regex(/^[a-z]+$/, 'must be one lower-case word')
    .nullable()
    .optional(),
  code: z.array(recipeCodeSchema).min(1),
  /** Run panel targets (content/run-targets.ts) for the handlers and actions shown. */
  runTargets: z.array(text).default([]),
  checklist: z.array(text).min(1),
  traps: z.array(trapSchema).min(1),
  readNext: z.array(link).min(1),
  /** Words readers use for this feature, for search (stream, upload, poll, WebSocket…). */
  searchWords: z.array(text).min(1),
})

export type RecipeInput = z.input<typeof recipeSchema>
export type Recipe = z.infer<typeof recipeSchema>
export type Trap = z.infer<typeof trapSchema>
