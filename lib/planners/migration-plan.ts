import { boundaries } from '../../content/boundaries'
import { resolve } from '../wizard/engine'
import { firstPathToEachNode } from '../graph/graph-paths'
import type { DecisionGraph, OutcomeId } from '../graph/graph-schema'

/**
 * The migration planner: a reader's pages/api routes, one per line with who calls each, become a
 * table of App Router targets, taken from the decision graph, and the order to move them in.
 */
export const callerKinds = [
  'page-read',
  'form',
  'browser-fetch',
  'webhook',
  'mobile',
  'public',
  'scheduler',
  'file-feed',
] as const
export type CallerKind = (typeof callerKinds)[number]

export const callerLabels: Record<CallerKind, string> = {
  'page-read': 'own page read',
  form: 'own form',
  'browser-fetch': 'browser fetch',
  webhook: 'webhook',
  mobile: 'mobile',
  public: 'public',
  scheduler: 'scheduler',
  'file-feed': 'file/feed',
}

/** What a reader may type for "nobody calls it": the route is deleted, not moved. */
const nobodyWords = ['nobody', 'no one', 'none', 'unused']

const callerWords: Record<string, CallerKind> = {
  'own page read': 'page-read',
  'page read': 'page-read',
  'own page': 'page-read',
  page: 'page-read',
  read: 'page-read',
  'own form': 'form',
  form: 'form',
  button: 'form',
  // Browser code that asks after the page is up: suggestions, polling, infinite scroll.
  'browser fetch': 'browser-fetch',
  'client fetch': 'browser-fetch',
  'fetch after load': 'browser-fetch',
  'after load': 'browser-fetch',
  browser: 'browser-fetch',
  'search box': 'browser-fetch',
  autocomplete: 'browser-fetch',
  suggestions: 'browser-fetch',
  polling: 'browser-fetch',
  poll: 'browser-fetch',
  'infinite scroll': 'browser-fetch',
  webhook: 'webhook',
  cms: 'webhook',
  mobile: 'mobile',
  'mobile app': 'mobile',
  app: 'mobile',
  extension: 'mobile',
  'browser extension': 'mobile',
  public: 'public',
  'public api': 'public',
  partner: 'public',
  scheduler: 'scheduler',
  schedule: 'scheduler',
  cron: 'scheduler',
  'cron job': 'scheduler',
  'scheduled job': 'scheduler',
  'file/feed': 'file-feed',
  file: 'file-feed',
  feed: 'file-feed',
  export: 'file-feed',
  download: 'file-feed',
}

/** Where the wizard leads a route with one caller: the outcome a reader answering for it would reach. */
const singleCallerOutcomes: Record<CallerKind, OutcomeId> = {
  'page-read': 'server-component-read',
  form: 'server-action-mutation',
  'browser-fetch': 'route-handler-for-browser-fetch',
  webhook: 'route-handler-for-webhook',
  mobile: 'route-handler-for-other-client',
  public: 'route-handler-for-public-api',
  // A hosted scheduler calls a URL (a route in pages/api is one): the graph's "it calls a URL".
  scheduler: 'route-handler-for-scheduler',
  'file-feed': 'route-handler-for-custom-response',
}

/** With several callers, the one that needs a URL decides, and the rule is shared. */
const sharedOutcomes: Partial<Record<CallerKind, OutcomeId>> = {
  webhook: 'service-with-webhook-route-handler',
  mobile: 'service-with-client-route-handler',
}
const precedence: CallerKind[] = [
  'webhook',
  'mobile',
  'public',
  'scheduler',
  'file-feed',
  'browser-fetch',
  'form',
  'page-read',
]

/** Callers that are our own pages: a route only they call needs no shared service. */
const ownPages: ReadonlySet<CallerKind> = new Set(['page-read', 'form', 'browser-fetch'])

export type Target = 'query-function' | 'server-action' | 'route-handler' | 'keep' | 'delete'

export const targetLabels: Record<Target, string> = {
  'query-function': 'Query function (read in a Server Component)',
  'server-action': 'Server Action',
  'route-handler': 'Route Handler',
  keep: 'Keep as pages/api for now',
  delete: 'Delete the route',
}

export type PlannedRoute = {
  line: number
  route: string
  url: string
  callers: CallerKind[]
  target: Target
  /** Boundary names of the decision, for example "Service function + Route Handler". */
  boundaries: string
  /** The App Router file to create, when the route moves. */
  newFile: string | null
  extractService: boolean
  reason: string
  /** 1-based position in the migration order. */
  order: number
  /** The wizard's answers for this route, to open it there. */
  answers: string[] | null
}

export type LineError = { line: number; text: string; message: string }
export type MigrationPlan = { routes: PlannedRoute[]; errors: LineError[] }

const routePattern =
  /^(?:src\/)?pages\/api\/(?:[A-Za-z0-9_.-]+|\[{1,2}(?:\.\.\.)?[A-Za-z0-9_]+\]{1,2})(?:\/(?:[A-Za-z0-9_.-]+|\[{1,2}(?:\.\.\.)?[A-Za-z0-9_]+\]{1,2}))*\.(?:ts|tsx|js|jsx|mjs)$/

/** The URL a pages/api file answers at: pages/api/projects/index.ts → /api/projects. */
export function routeUrl(route: string): string {
  const withoutExtension = route.replace(/^(?:src\/)?pages/, '').replace(/\.(?:ts|tsx|js|jsx|mjs)$/, '')
  return withoutExtension.replace(/\/index$/, '') || '/api'
}

type ParsedCallers = { callers: CallerKind[] } | { nobody: true } | { unknown: string }

function parseCallers(text: string): ParsedCallers {
  const words = text
    .split(/[,;]|\s\+\s|\sand\s/)
    .map((part) => part.trim().toLowerCase())
    .filter((word) => word !== '')
  if (words.length === 1 && nobodyWords.includes(words[0]!)) return { nobody: true }
  const callers: CallerKind[] = []
  for (const word of words) {
    const kind = callerWords[word]
    if (!kind) return { unknown: word }
    if (!callers.includes(kind)) callers.push(kind)
  }
  return { callers }
}

/** Why a route that only our own pages call needs no service: each caller gets its own home. */
function ownPagesReason(callers: readonly CallerKind[]): string {
  if (!callers.includes('browser-fetch')) {
    return 'Only our own pages call it: its read becomes a query function that the page’s Server Component calls, and its change a Server Action.'
  }
  const parts = ['Only our own pages call it: the browser’s fetch after load keeps a GET Route Handler']
  if (callers.includes('page-read')) parts.push('the first render calls its query function directly')
  if (callers.includes('form')) parts.push('its change becomes a Server Action')
  return `${parts.join('; ')}.`
}

/** The outcome the wizard gives these callers, or null when no caller is named. */
function outcomeFor(callers: readonly CallerKind[]): OutcomeId | null {
  const primary = precedence.find((kind) => callers.includes(kind))
  if (!primary) return null
  if (callers.length > 1) return sharedOutcomes[primary] ?? singleCallerOutcomes[primary]
  return singleCallerOutcomes[primary]
}

function targetOf(boundaryIds: readonly string[]): Target {
  if (boundaryIds.includes('route-handler')) return 'route-handler'
  if (boundaryIds.includes('server-action')) return 'server-action'
  return 'query-function'
}

function newFileFor(target: Target, url: string): string | null {
  const segments = url.replace(/^\/api\/?/, '')
  const feature = segments.split('/')[0] || 'api'
  if (target === 'route-handler') return `app${url}/route.ts`
  if (target === 'server-action') return `app/${feature}/actions.ts`
  if (target === 'query-function') return `features/${feature}/queries.ts`
  return null
}

// Services first, then dead routes, reads, forms and finally the URLs other systems call.
const phase: Record<Target, number> = {
  delete: 0,
  'query-function': 1,
  'server-action': 2,
  'route-handler': 3,
  keep: 4,
}

/** Parses the reader's list; every line that is not blank or a # comment is planned or flagged. */
export function planMigration(graph: DecisionGraph, input: string): MigrationPlan {
  const errors: LineError[] = []
  const routes: Omit<PlannedRoute, 'order'>[] = []
  const seen = new Map<string, number>()
  const pathsToNodes = firstPathToEachNode(graph)
  for (const [index, raw] of input.split(/\r?\n/).entries()) {
    const line = index + 1
    const text = raw.trim()
    if (text === '' || text.startsWith('#')) continue
    const [, route = '', rest = ''] = /^(\S+?)(?::|\s|$)\s*(.*)$/.exec(text) ?? []
    if (!routePattern.test(route) || route.split('/').includes('..')) {
      errors.push({
        line,
        text,
        message:
          route.startsWith('pages/api/') || route.startsWith('src/pages/api/')
            ? 'Not a file name Next.js routes: use folders, [param] segments and a .ts, .tsx, .js or .jsx file.'
            : 'Start each line with the file path under pages/api/, for example pages/api/projects.ts.',
      })
      continue
    }
    const parsed = parseCallers(rest.replace(/^[-–:]\s*/, ''))
    if ('unknown' in parsed) {
      errors.push({
        line,
        text,
        message: `Unknown caller “${parsed.unknown}”. Use: ${Object.values(callerLabels).join(', ')}; or nobody.`,
      })
      continue
    }
    const url = routeUrl(route)
    const earlier = seen.get(url)
    if (earlier !== undefined) {
      errors.push({ line, text, message: `Line ${earlier} already lists ${url}.` })
      continue
    }
    seen.set(url, line)
    /** A route the planner does not move: it stays a pages/api route until it is deleted or planned. */
    const unmoved = (target: 'delete' | 'keep', reason: string) =>
      routes.push({
        line,
        route,
        url,
        callers: [],
        target,
        boundaries: boundaries['api-route'].name,
        newFile: null,
        extractService: false,
        reason,
        answers: null,
      })
    if ('nobody' in parsed) {
      unmoved('delete', 'Nobody calls it: delete it instead of moving it, once the access logs agree.')
      continue
    }
    const outcomeId = outcomeFor(parsed.callers)
    if (!outcomeId) {
      unmoved('keep', 'No caller given: it keeps working where it is. Add who calls it to plan its move.')
      continue
    }
    // The graph's own path to the outcome, so renamed answer slugs are followed, never left behind.
    const answers = pathsToNodes.get(outcomeId)
    if (!answers) throw new Error(`Migration planner: the decision graph has no outcome "${outcomeId}"`)
    const resolution = resolve(graph, answers)
    if (resolution.kind !== 'result' || resolution.outcomeId !== outcomeId)
      throw new Error(`Migration planner: /decide/${answers.join('/')}/ does not end on "${outcomeId}"`)
    const { outcome } = resolution
    const target = targetOf(outcome.boundaries)
    // A route that only our own pages call splits by caller and needs no service.
    const ownPagesOnly = parsed.callers.every((caller) => ownPages.has(caller))
    routes.push({
      line,
      route,
      url,
      callers: parsed.callers,
      target,
      boundaries: outcome.boundaries.map((id) => boundaries[id].name).join(' + '),
      newFile: newFileFor(target, url),
      extractService: outcome.boundaries.includes('service') || (parsed.callers.length > 1 && !ownPagesOnly),
      reason:
        ownPagesOnly && parsed.callers.length > 1
          ? ownPagesReason(parsed.callers)
          : resolution.trail.at(-1)!.answer.reason,
      answers,
    })
  }
  const ordered = [...routes].sort(
    (a, b) =>
      Number(b.extractService) - Number(a.extractService) ||
      phase[a.target] - phase[b.target] ||
      a.line - b.line,
  )
  return {
    routes: routes.map((route) => ({ ...route, order: ordered.indexOf(route) + 1 })),
    errors,
  }
}
