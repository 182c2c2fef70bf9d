import { describe, expect, it } from 'vitest'
import type { BoundaryId } from '../../content/boundaries'
import { decisionGraph } from './decision-graph'
import type { OutcomeId } from './graph-schema'

// What each outcome tells the reader to build, and what it must never include: a Server Action for a
// read after load, for another app, for a webhook or a stream; a Route Handler for a page's own read;
// anything that needs a server for a static export. Adding `server-action` to the browser-fetch
// outcome, say, fails here.
const pins: Record<OutcomeId, { boundaries: BoundaryId[]; never: BoundaryId[] }> = {
  'server-component-read': {
    boundaries: ['server-component'],
    never: ['route-handler', 'server-action', 'api-route'],
  },
  'server-action-mutation': { boundaries: ['server-action'], never: ['route-handler', 'api-route'] },
  'service-with-action-and-route-handler': {
    boundaries: ['service', 'server-action', 'route-handler'],
    never: ['api-route'],
  },
  'route-handler-for-browser-fetch': { boundaries: ['route-handler'], never: ['server-action', 'api-route'] },
  'route-handler-for-webhook': {
    boundaries: ['route-handler'],
    never: ['server-action', 'server-component'],
  },
  'service-with-webhook-route-handler': { boundaries: ['service', 'route-handler'], never: ['api-route'] },
  'route-handler-for-other-client': { boundaries: ['route-handler'], never: ['server-action'] },
  // The same feature reached from "our interface, and other callers too": the same boundaries.
  'service-with-client-route-handler': {
    boundaries: ['service', 'server-action', 'route-handler'],
    never: ['api-route'],
  },
  'route-handler-for-public-api': { boundaries: ['route-handler'], never: ['server-action'] },
  'route-handler-for-scheduler': { boundaries: ['route-handler', 'service'], never: ['server-action'] },
  'service-for-script': { boundaries: ['service'], never: ['route-handler', 'server-action'] },
  'route-handler-for-custom-response': { boundaries: ['route-handler'], never: ['server-action'] },
  'external-realtime': { boundaries: ['external', 'route-handler'], never: ['server-action'] },
  'route-handler-streams-events': { boundaries: ['route-handler'], never: ['server-action', 'external'] },
  'external-job': { boundaries: ['external', 'server-action', 'route-handler'], never: ['api-route'] },
  'external-static-export': {
    boundaries: ['external'],
    never: ['server-action', 'route-handler', 'api-route', 'middleware'],
  },
  'pages-data-read': {
    boundaries: ['pages-data'],
    never: ['server-component', 'api-route', 'server-action'],
  },
  'api-route-for-our-interface': { boundaries: ['api-route'], never: ['server-action', 'route-handler'] },
  'api-route-for-browser-fetch': { boundaries: ['api-route'], never: ['server-action', 'route-handler'] },
  'api-route-for-webhook': { boundaries: ['api-route'], never: ['server-action', 'route-handler'] },
  'api-route-for-other-client': { boundaries: ['api-route'], never: ['server-action', 'route-handler'] },
  'api-route-for-custom-response': { boundaries: ['api-route'], never: ['server-action', 'route-handler'] },
  'route-handler-for-callback': {
    boundaries: ['route-handler'],
    never: ['server-action', 'server-component', 'api-route', 'middleware'],
  },
  'proxy-then-checks-at-the-data': {
    boundaries: ['middleware', 'service', 'server-action'],
    never: ['route-handler', 'api-route', 'external'],
  },
}

describe('each outcome’s boundaries', () => {
  it('pins every outcome of the graph', () => {
    const outcomes = Object.entries(decisionGraph.nodes).filter(([, node]) => node.kind === 'outcome')
    expect(Object.keys(pins).sort()).toEqual(outcomes.map(([id]) => id).sort())
  })

  for (const [id, pin] of Object.entries(pins)) {
    it(`${id}: ${pin.boundaries.join(' + ')}, never ${pin.never.join(', ')}`, () => {
      const outcome = decisionGraph.nodes[id]
      if (outcome?.kind !== 'outcome') throw new Error(`"${id}" is not an outcome`)
      expect([...outcome.boundaries].sort()).toEqual([...pin.boundaries].sort())
      for (const forbidden of pin.never) expect(outcome.boundaries).not.toContain(forbidden)
    })
  }
})
