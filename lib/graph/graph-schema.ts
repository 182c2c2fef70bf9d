import { z } from 'zod'
import { boundaryIds } from '../../content/boundaries'
import type { decisionGraph } from '../../content/graph'

import { slugPattern } from '../wizard/wizard-url'

const slug = z.string().regex(slugPattern, 'must be lower-case words joined by hyphens')
const text = z.string().trim().min(1)
const link = z.object({
  title: text,
  href: z.string().regex(/^(\/|https:\/\/)/, 'must be a site path or https URL'),
})

export const answerSchema = z.object({
  slug,
  label: text,
  /** A sentence of help, with an example or two of features that fit this answer. */
  help: text,
  /** Why this answer matters for the decision; shown in the trail. */
  reason: text,
  /** Id of the node this answer leads to. */
  next: z.string(),
})

export const questionSchema = z.object({
  kind: z.literal('question'),
  prompt: text,
  help: text,
  answers: z.array(answerSchema),
})

export const fileToCreateSchema = z.object({ path: text, role: text })

export const outcomeSchema = z.object({
  kind: z.literal('outcome'),
  title: text,
  boundaries: z.array(z.enum(boundaryIds)).min(1),
  /** Why these boundaries fit, in a few sentences. */
  reason: text,
  /** The entry points and the service between them, when the answer has more than one part. */
  flow: z.array(text).min(1),
  files: z.array(fileToCreateSchema).min(1),
  /** Files of the example app to copy from, relative to content/examples. */
  examples: z.array(text).min(1),
  /**
   * Example files the scaffold starts from (with what they import), relative to content/examples;
   * left out when they are the `examples`. Read it with scaffoldFiles() from lib/graph/outcome-scaffold.
   */
  scaffold: z.array(text).min(1).optional(),
  checklist: z.array(text).min(1),
  articles: z.array(link).min(1),
  /**
   * The question above the outcome's recipes when "Which of these is your feature?" does not fit,
   * because the recipes differ in how the caller works rather than in the feature: "How does your
   * provider sign its calls?".
   */
  recipePrompt: text.optional(),
})

export const graphNodeSchema = z.discriminatedUnion('kind', [questionSchema, outcomeSchema])

export const decisionGraphSchema = z.object({
  start: z.string(),
  nodes: z.record(z.string(), z.unknown()),
})

export type Answer = z.infer<typeof answerSchema>
export type Question = z.infer<typeof questionSchema>
export type Outcome = z.infer<typeof outcomeSchema>
export type GraphNode = z.infer<typeof graphNodeSchema>
export type DecisionGraph = {
  start: string
  nodes: Record<string, GraphNode>
  /** Each outcome's recipe slugs (content/recipes): a wizard address may end on one of them. */
  recipes?: Record<string, string[]>
}

type ContentNodes = (typeof decisionGraph)['nodes']

/** The id of an outcome in content/graph.ts: code naming one stops compiling when it is renamed. */
export type OutcomeId = {
  [Id in keyof ContentNodes]: ContentNodes[Id] extends { kind: 'outcome' } ? Id : never
}[keyof ContentNodes]
