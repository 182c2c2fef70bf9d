/**
 * What the Run panel can execute: each target is one module of content/examples, loaded only when
 * a reader opens the panel, with the input it starts from. The panel runs the very file the page
 * shows; nothing here re-implements it.
 */

export const httpMethods = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const
export type HttpMethod = (typeof httpMethods)[number]

type Loaded = Record<string, unknown>

/** Controls the panel shows for a target, besides the request or form itself. */
export type RunControl = 'user' | 'token' | 'origin' | 'sign'

type TargetBase = {
  id: string
  label: string
  file: string
  load: () => Promise<Loaded>
  controls: RunControl[]
  /** Who calls at first: a session cookie value, a bearer token. The reader can change both. */
  caller?: { session?: string; token?: string }
}

export type RouteTarget = TargetBase & {
  kind: 'route'
  /** The route's URL pattern, with [param] segments. */
  route: string
  request: { method: HttpMethod; path: string; headers?: Record<string, string>; body?: string }
}

export type ActionTarget = TargetBase & {
  kind: 'action'
  exportName: string
  fields: Record<string, string>
}

export type PageTarget = TargetBase & { kind: 'page'; searchParams: Record<string, string> }

export type PagesApiTarget = TargetBase & {
  kind: 'pages-api'
  request: { method: HttpMethod; path: string; headers?: Record<string, string>; body?: string }
}

export type RunTarget = RouteTarget | ActionTarget | PageTarget | PagesApiTarget

const json = { 'content-type': 'application/json' }
const billingEvent = JSON.stringify(
  { id: 'evt_demo_1', type: 'invoice.payment_failed', data: { object: { metadata: { userId: 'u_ada' } } } },
  null,
  2,
)

export const runTargets: RunTarget[] = [
  {
    id: 'projects-page',
    kind: 'page',
    label: 'app/projects/page.tsx: render the page',
    file: 'app/projects/page.tsx',
    load: () => import('./examples/app/projects/page'),
    controls: [],
    searchParams: { owner: 'u_ada' },
  },
  {
    id: 'change-status',
    caller: { session: 'session-ada' },
    kind: 'action',
    label: 'changeStatus: the dashboard’s status button',
    file: 'app/dashboard/projects/actions.ts',
    load: () => import('./examples/app/dashboard/projects/actions'),
    exportName: 'changeStatus',
    controls: ['user'],
    fields: { projectId: 'p_notes', status: 'active' },
  },
  {
    id: 'update-profile',
    caller: { session: 'session-ada' },
    kind: 'action',
    label: 'updateProfile: the settings form',
    file: 'app/settings/actions.ts',
    load: () => import('./examples/app/settings/actions'),
    exportName: 'updateProfile',
    controls: ['user'],
    fields: { name: 'Ada King', email: 'ada@example.com' },
  },
  {
    id: 'contact',
    kind: 'action',
    label: 'sendContactMessage: the contact form',
    file: 'app/contact/actions.ts',
    load: () => import('./examples/app/contact/actions'),
    exportName: 'sendContactMessage',
    controls: [],
    fields: {
      name: 'Ada',
      email: 'ada@example.com',
      message: 'Could the engine weave patterns?',
      website: '',
    },
  },
  {
    id: 'remove-project',
    caller: { session: 'session-grace' },
    kind: 'action',
    label: 'removeProject: the admin table’s delete button',
    file: 'app/admin/projects/actions.ts',
    load: () => import('./examples/app/admin/projects/actions'),
    exportName: 'removeProject',
    controls: ['user'],
    fields: { projectId: 'p_engine' },
  },
  {
    id: 'stripe-webhook',
    kind: 'route',
    label: 'POST /api/webhooks/stripe',
    file: 'app/api/webhooks/stripe/route.ts',
    load: () => import('./examples/app/api/webhooks/stripe/route'),
    route: '/api/webhooks/stripe',
    controls: ['sign'],
    request: { method: 'POST', path: '/api/webhooks/stripe', headers: json, body: billingEvent },
  },
  {
    id: 'mobile-places',
    caller: { token: 'mobile-token-ada' },
    kind: 'route',
    label: 'POST /api/mobile/places',
    file: 'app/api/mobile/places/route.ts',
    load: () => import('./examples/app/api/mobile/places/route'),
    route: '/api/mobile/places',
    controls: ['token'],
    request: {
      method: 'POST',
      path: '/api/mobile/places',
      headers: json,
      body: JSON.stringify({ name: 'Bletchley Park', lat: 51.997, lng: -0.741 }, null, 2),
    },
  },
  {
    id: 'archive-project',
    caller: { token: 'mobile-token-ada' },
    kind: 'route',
    label: 'POST /api/projects/[id]/archive',
    file: 'app/api/projects/[id]/archive/route.ts',
    load: () => import('./examples/app/api/projects/[id]/archive/route'),
    route: '/api/projects/[id]/archive',
    controls: ['token'],
    request: { method: 'POST', path: '/api/projects/p_engine/archive' },
  },
  {
    id: 'extension-audits',
    caller: { token: 'extension-token-grace' },
    kind: 'route',
    label: 'POST, OPTIONS /api/extension/audits',
    file: 'app/api/extension/audits/route.ts',
    load: () => import('./examples/app/api/extension/audits/route'),
    route: '/api/extension/audits',
    controls: ['token', 'origin'],
    request: {
      method: 'POST',
      path: '/api/extension/audits',
      headers: json,
      body: JSON.stringify({ url: 'https://example.com/pricing', score: 87 }, null, 2),
    },
  },
  {
    id: 'public-products',
    kind: 'route',
    label: 'GET /api/public/products',
    file: 'app/api/public/products/route.ts',
    load: () => import('./examples/app/api/public/products/route'),
    route: '/api/public/products',
    controls: [],
    request: { method: 'GET', path: '/api/public/products' },
  },
  {
    id: 'export-projects',
    caller: { session: 'session-ada' },
    kind: 'route',
    label: 'GET /api/export/projects',
    file: 'app/api/export/projects/route.ts',
    load: () => import('./examples/app/api/export/projects/route'),
    route: '/api/export/projects',
    controls: ['user'],
    request: { method: 'GET', path: '/api/export/projects' },
  },
  {
    id: 'feed',
    kind: 'route',
    label: 'GET /feed.xml',
    file: 'app/feed.xml/route.ts',
    load: () => import('./examples/app/feed.xml/route'),
    route: '/feed.xml',
    controls: [],
    request: { method: 'GET', path: '/feed.xml' },
  },
  {
    id: 'search',
    kind: 'route',
    label: 'GET /api/search',
    file: 'app/api/search/route.ts',
    load: () => import('./examples/app/api/search/route'),
    route: '/api/search',
    controls: [],
    request: { method: 'GET', path: '/api/search?q=engine' },
  },
  {
    id: 'import-status',
    caller: { session: 'session-ada' },
    kind: 'route',
    label: 'GET /api/imports/[id]',
    file: 'app/api/imports/[id]/route.ts',
    load: () => import('./examples/app/api/imports/[id]/route'),
    route: '/api/imports/[id]',
    controls: ['user'],
    request: { method: 'GET', path: '/api/imports/imp_1' },
  },
  {
    id: 'pages-hello',
    kind: 'pages-api',
    label: 'pages/api/hello.ts',
    file: 'pages/api/hello.ts',
    load: () => import('./examples/pages/api/hello'),
    controls: [],
    request: { method: 'GET', path: '/api/hello?name=Ada' },
  },
  {
    id: 'pages-v1-projects',
    caller: { token: 'mobile-token-ada' },
    kind: 'pages-api',
    label: 'pages/api/v1/projects.ts',
    file: 'pages/api/v1/projects.ts',
    load: () => import('./examples/pages/api/v1/projects'),
    controls: ['user', 'token'],
    request: { method: 'GET', path: '/api/v1/projects?status=active' },
  },
  {
    id: 'pages-payments-webhook',
    kind: 'pages-api',
    label: 'pages/api/webhooks/payments.ts',
    file: 'pages/api/webhooks/payments.ts',
    load: () => import('./examples/pages/api/webhooks/payments'),
    controls: ['sign'],
    request: { method: 'POST', path: '/api/webhooks/payments', headers: json, body: billingEvent },
  },
  {
    id: 'realtime-token',
    caller: { session: 'session-ada' },
    kind: 'route',
    label: 'GET /api/realtime/token',
    file: 'app/api/realtime/token/route.ts',
    load: () => import('./examples/app/api/realtime/token/route'),
    route: '/api/realtime/token',
    controls: ['user'],
    request: { method: 'GET', path: '/api/realtime/token?channel=project:p_engine' },
  },
  {
    id: 'start-import',
    caller: { session: 'session-ada' },
    kind: 'action',
    label: 'startImport: the import form',
    file: 'app/imports/actions.ts',
    load: () => import('./examples/app/imports/actions'),
    exportName: 'startImport',
    controls: ['user'],
    fields: { rows: 'Ada Lovelace,ada@example.com\nGrace Hopper,grace@example.com' },
  },
  {
    id: 'generate-variations',
    caller: { session: 'session-ada' },
    kind: 'action',
    label: 'generateVariations: four tagline variations in one call',
    file: 'app/dashboard/variations/actions.ts',
    load: () => import('./examples/app/dashboard/variations/actions'),
    exportName: 'generateVariations',
    controls: ['user'],
    fields: { prompt: 'a calculating engine', count: '4' },
  },
  {
    id: 'delete-task',
    caller: { session: 'session-ada' },
    kind: 'action',
    label: 'deleteTask: the task list’s delete button',
    file: 'app/tasks/actions.ts',
    load: () => import('./examples/app/tasks/actions'),
    exportName: 'deleteTask',
    controls: ['user'],
    fields: { taskId: 't_letter' },
  },
  {
    id: 'changelog-page',
    kind: 'route',
    label: 'GET /api/changelog',
    file: 'app/api/changelog/route.ts',
    load: () => import('./examples/app/api/changelog/route'),
    route: '/api/changelog',
    controls: [],
    request: { method: 'GET', path: '/api/changelog?limit=5' },
  },
  {
    id: 'public-profile',
    kind: 'route',
    label: 'GET /api/people/[id]',
    file: 'app/api/people/[id]/route.ts',
    load: () => import('./examples/app/api/people/[id]/route'),
    route: '/api/people/[id]',
    controls: [],
    request: { method: 'GET', path: '/api/people/u_grace' },
  },
  {
    id: 'set-project-star',
    caller: { session: 'session-ada' },
    kind: 'action',
    label: 'setProjectStar: the star button on the explore page',
    file: 'app/explore/actions.ts',
    load: () => import('./examples/app/explore/actions'),
    exportName: 'setProjectStar',
    controls: ['user'],
    fields: { projectId: 'p_compiler', starred: 'true' },
  },
  {
    id: 'moderate-comment',
    caller: { session: 'session-grace' },
    kind: 'action',
    label: 'moderateComment: Approve in the moderation queue',
    file: 'app/moderation/actions.ts',
    load: () => import('./examples/app/moderation/actions'),
    exportName: 'moderateComment',
    controls: ['user'],
    fields: { commentId: 'c_music', decision: 'approve' },
  },
  {
    id: 'create-invite',
    caller: { session: 'session-ada' },
    kind: 'action',
    label: 'createInvite: the invite form',
    file: 'app/team/invite/actions.ts',
    load: () => import('./examples/app/team/invite/actions'),
    exportName: 'createInvite',
    controls: ['user'],
    fields: { email: 'charles@example.com' },
  },
  {
    id: 'daily-digest-cron',
    caller: { token: 'cron_example_next_boundaries' },
    kind: 'route',
    label: 'GET /api/cron/daily-digest',
    file: 'app/api/cron/daily-digest/route.ts',
    load: () => import('./examples/app/api/cron/daily-digest/route'),
    route: '/api/cron/daily-digest',
    controls: ['token'],
    request: { method: 'GET', path: '/api/cron/daily-digest' },
  },
  {
    id: 'share-project',
    caller: { token: 'mobile-token-ada' },
    kind: 'route',
    label: 'POST /api/projects/[id]/share-links',
    file: 'app/api/projects/[id]/share-links/route.ts',
    load: () => import('./examples/app/api/projects/[id]/share-links/route'),
    route: '/api/projects/[id]/share-links',
    controls: ['token'],
    request: {
      method: 'POST',
      path: '/api/projects/p_engine/share-links',
      headers: json,
      body: JSON.stringify({ email: 'charles@example.com' }, null, 2),
    },
  },
  {
    // Signed once with the example secret: GitHub signs the body alone, so an edited body is refused.
    id: 'github-webhook',
    kind: 'route',
    label: 'POST /api/webhooks/github',
    file: 'app/api/webhooks/github/route.ts',
    load: () => import('./examples/app/api/webhooks/github/route'),
    route: '/api/webhooks/github',
    controls: [],
    request: {
      method: 'POST',
      path: '/api/webhooks/github',
      headers: {
        ...json,
        'x-github-event': 'push',
        'x-github-delivery': '72d3162e-cc78-11e3-81ab-4c9367dc0958',
        'x-hub-signature-256': 'sha256=199a992bdd0d9807d384a98c2c2097c1da73a8c32f167bed48d1c9a084af112e',
      },
      body: '{\n  "ref": "refs/heads/main",\n  "after": "6113728f27ae82c7b1a177c8d03f9e96e0adf246",\n  "repository": {\n    "full_name": "ada/engine"\n  }\n}',
    },
  },
  {
    id: 'shopify-webhook',
    kind: 'route',
    label: 'POST /api/webhooks/shopify',
    file: 'app/api/webhooks/shopify/route.ts',
    load: () => import('./examples/app/api/webhooks/shopify/route'),
    route: '/api/webhooks/shopify',
    controls: [],
    request: {
      method: 'POST',
      path: '/api/webhooks/shopify',
      headers: {
        ...json,
        'x-shopify-topic': 'orders/create',
        'x-shopify-event-id': '98880550-7158-44d4-b7cd-2c97c8a091b5',
        'x-shopify-hmac-sha256': '3CpYsjzmCURNAzDOgacoEIrTCU2nKjNt9o8haDvPlP4=',
      },
      body: '{\n  "id": 450789469,\n  "email": "ada@example.com",\n  "total_price": "199.00"\n}',
    },
  },
  {
    id: 'cms-publish-hook',
    kind: 'route',
    label: 'POST /api/webhooks/cms',
    file: 'app/api/webhooks/cms/route.ts',
    load: () => import('./examples/app/api/webhooks/cms/route'),
    route: '/api/webhooks/cms',
    controls: [],
    request: {
      method: 'POST',
      path: '/api/webhooks/cms',
      headers: { ...json, 'x-webhook-secret': 'example-cms-hook-secret' },
      body: JSON.stringify({ slug: 'release-notes' }, null, 2),
    },
  },
  {
    id: 'pages-publish-hook',
    kind: 'pages-api',
    label: 'pages/api/webhooks/publish.ts',
    file: 'pages/api/webhooks/publish.ts',
    load: () => import('./examples/pages/api/webhooks/publish'),
    controls: [],
    request: {
      method: 'POST',
      path: '/api/webhooks/publish',
      headers: { ...json, 'x-webhook-secret': 'example-cms-hook-secret' },
      body: JSON.stringify({ slug: 'getting-started' }, null, 2),
    },
  },
  {
    id: 'change-role',
    caller: { session: 'session-grace' },
    kind: 'action',
    label: 'changeRole: Make admin on the roles page',
    file: 'app/members/roles/actions.ts',
    load: () => import('./examples/app/members/roles/actions'),
    exportName: 'changeRole',
    controls: ['user'],
    fields: { userId: 'u_ada', role: 'admin' },
  },
]

export type RunTargetId = string

export function runTarget(id: RunTargetId): RunTarget {
  const target = runTargets.find((candidate) => candidate.id === id)
  if (!target) throw new Error(`Unknown run target "${id}"`)
  return target
}
