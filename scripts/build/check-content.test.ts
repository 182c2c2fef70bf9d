import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { decisionGraph } from '../../content/graph'
import { scenarios } from '../../content/scenarios'

type MutableGraph = {
  start: string
  nodes: Record<
    string,
    { kind: string; answers?: Array<{ slug: string; next: string }>; boundaries?: string[] }
  >
}

/** The site's own graph, copied so a test can break it. */
const siteGraph = (): MutableGraph => JSON.parse(JSON.stringify(decisionGraph))

function runCheck(graph: unknown, scenarioList: unknown = scenarios) {
  const folder = mkdtempSync(join(tmpdir(), 'content-'))
  writeFileSync(join(folder, 'graph.json'), JSON.stringify(graph))
  writeFileSync(join(folder, 'scenarios.json'), JSON.stringify(scenarioList))
  const result = spawnSync(
    join(process.cwd(), 'node_modules/.bin/tsx'),
    ['scripts/build/check-content.ts', join(folder, 'graph.json'), join(folder, 'scenarios.json')],
    { encoding: 'utf8' },
  )
  return { status: result.status, output: result.stdout + result.stderr }
}

// Each way of breaking the site's graph stops the build (this script is its first step), naming the node.
const breakages: Array<[string, (graph: MutableGraph) => void, string]> = [
  [
    'an unreachable node',
    (graph) => {
      graph.nodes['orphan-outcome'] = graph.nodes['server-component-read']!
    },
    'Node "orphan-outcome" is unreachable',
  ],
  [
    'an answer pointing nowhere',
    (graph) => {
      graph.nodes['app-caller']!.answers![0]!.next = 'missing-node'
    },
    'Answer "a-service-notifies-us" of question "app-caller" points to "missing-node"',
  ],
  [
    'a cycle',
    (graph) => {
      graph.nodes['app-schedule-kind']!.answers![1]!.next = 'app-trigger'
      delete graph.nodes['service-for-script']
    },
    'Cycle through node "app-trigger"',
  ],
  [
    'a question with one answer',
    (graph) => {
      graph.nodes['app-schedule-kind']!.answers!.pop()
      delete graph.nodes['service-for-script']
    },
    'Question "app-schedule-kind" has 1 answer(s)',
  ],
  [
    'an unknown boundary id',
    (graph) => {
      graph.nodes['server-component-read']!.boundaries = ['server-component', 'graphql']
    },
    'Node "server-component-read" names an unknown boundary id "graphql"',
  ],
  [
    'a duplicate slug',
    (graph) => {
      graph.nodes['app-caller']!.answers![1]!.slug = 'a-service-notifies-us'
    },
    'Question "app-caller" uses the answer slug "a-service-notifies-us" twice',
  ],
]

// Each case starts the script under tsx: up to 5 s apiece measured on a busy 2-core machine.
describe('check-content, the first step of the build', { timeout: 30_000 }, () => {
  it('passes the site’s own graph and scenarios', () => {
    const { status, output } = runCheck(decisionGraph)
    expect(output).toMatch(/check-content: \d+ questions, \d+ outcomes, \d+ recipes, 18 scenarios/)
    expect(status).toBe(0)
  })

  it.each(breakages)('fails on %s, naming the node', (_, breakGraph, message) => {
    const graph = siteGraph()
    breakGraph(graph)
    const { status, output } = runCheck(graph, [])
    expect(output).toContain(message)
    expect(status).toBe(1)
  })

  it('fails when a scenario no longer resolves, naming the scenario', () => {
    const graph = siteGraph()
    graph.nodes['router']!.answers![0]!.slug = 'app-folder'
    const { status, output } = runCheck(graph)
    expect(output).toContain('Scenario "dashboard-page-with-user-data" no longer resolves to an outcome')
    expect(status).toBe(1)
  })
})
