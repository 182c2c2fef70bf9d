import { boundaries } from '../../content/boundaries'
import { deploymentLabels, type DeploymentId } from './deployment'
import { deploymentNotes } from './deployment-notes'
import { resolve, type TrailStep } from '../wizard/engine'
import type { FeatureName } from './feature-name'
import type { DecisionGraph } from '../graph/graph-schema'

/** Outcome titles reachable from a node, in graph order, each once. */
export function outcomesFrom(graph: DecisionGraph, nodeId: string): string[] {
  const node = graph.nodes[nodeId]
  if (!node) return []
  if (node.kind === 'outcome') return [node.title]
  return [...new Set(node.answers.flatMap((answer) => outcomesFrom(graph, answer.next)))]
}

/** Text a reader typed, made inert in Markdown: no markup, links or emphasis. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+!|~]/g, (character) => `\\${character}`)
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1)

/** The other answers to a question in the trail: where each leads, and why it was not chosen. */
function alternatives(graph: DecisionGraph, step: TrailStep): string[] {
  const question = graph.nodes[step.questionId]
  if (question?.kind !== 'question') return []
  return question.answers
    .filter((answer) => answer.slug !== step.answer.slug)
    .map(
      (answer) =>
        `- ${answer.label}: would lead to ${outcomesFrom(graph, answer.next).join('; ')}. ` +
        `Not chosen: ${lowerFirst(step.answer.label)}.`,
    )
}

export type DecisionRecordInput = {
  graph: DecisionGraph
  answers: readonly string[]
  feature: FeatureName | null
  /** The day of the decision, YYYY-MM-DD. */
  date: string
  deployment: DeploymentId
  shareUrl: string
}

/**
 * An architecture decision record in Markdown: the feature, the date, each question with its answer
 * and reason, the boundaries chosen, the alternatives and why they were not, and the share link.
 */
export function decisionRecord({
  graph,
  answers,
  feature,
  date,
  deployment,
  shareUrl,
}: DecisionRecordInput): string {
  const resolution = resolve(graph, answers)
  if (resolution.kind !== 'result') throw new Error(`No decision at /decide/${answers.join('/')}/`)
  const { outcome, trail } = resolution
  const featureText = feature ? escapeMarkdown(feature.text) : 'one operation of a feature'
  const lines = [
    `# Decision: ${featureText}: ${outcome.title}`,
    '',
    `- Date: ${date}`,
    `- Status: accepted`,
    `- Deployed on: ${deploymentLabels[deployment]}`,
    `- Decided with Next Boundaries: <${shareUrl}>`,
    '',
    '## Context',
    '',
    ...trail.flatMap((step, index) => [
      `${index + 1}. **${step.prompt}**`,
      `   ${step.answer.label}. ${step.answer.reason}`,
    ]),
    '',
    '## Decision',
    '',
    outcome.reason,
    '',
    ...outcome.boundaries.map(
      (id) => `- **${boundaries[id].name}**: ${boundaries[id].summary} (${boundaries[id].docs})`,
    ),
    '',
    `Flow: ${outcome.flow.join(' → ')}`,
    '',
    '## Alternatives considered',
    '',
    ...trail.flatMap((step) => alternatives(graph, step)),
    '',
    '## Consequences',
    '',
    ...outcome.checklist.map((item) => `- [ ] ${item}`),
    ...deploymentNotes(deployment, outcome.boundaries)
      .filter((note) => note.availability !== 'yes')
      .map(
        (note) =>
          `- Static export: ${boundaries[note.boundary].name}: ${note.verdict}. ${note.note} (${note.docs})`,
      ),
    '',
  ]
  return lines.join('\n')
}
