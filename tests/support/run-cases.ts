import type { Page } from 'playwright-core'

/**
 * For each Run panel target: what a valid run shows, and one change that makes the input invalid
 * with what the example then answers. The labels are the panel's own field labels.
 */

type Change = { label: string; value: string } | { uncheck: string }

export type RunCase = {
  valid: { status: string; shows: string }
  invalid: { change: Change; status: string; shows: string }
}

export const runCases: Record<string, RunCase> = {
  'projects-page': {
    valid: { status: 'Rendered', shows: 'Analytical Engine' },
    invalid: {
      change: { label: 'Search param owner', value: 'nobody' },
      status: 'Rendered',
      shows: 'No active projects for this owner.',
    },
  },
  'update-profile': {
    valid: { status: 'Returned', shows: 'Profile saved.' },
    invalid: {
      change: { label: 'Form field email', value: 'not-an-email' },
      status: 'Returned',
      shows: 'Enter an email address',
    },
  },
  'change-status': {
    valid: { status: 'Returned', shows: 'revalidatePath("/dashboard/projects")' },
    invalid: {
      change: { label: 'Form field projectId', value: 'p_compiler' },
      status: 'Returned',
      shows: 'No project p_compiler of yours.',
    },
  },
  contact: {
    valid: { status: 'Returned', shows: 'Thanks, we will reply soon.' },
    invalid: {
      change: { label: 'Form field message', value: 'hi' },
      status: 'Returned',
      shows: 'Write at least 10 characters',
    },
  },
  'remove-project': {
    valid: { status: 'Returned', shows: 'Deleted Analytical Engine.' },
    invalid: {
      change: { label: 'Signed in as', value: 'Ada (member)' },
      status: 'Returned',
      shows: 'Only an admin can delete projects.',
    },
  },
  'stripe-webhook': {
    valid: { status: '200 OK', shows: 'u_ada: active → past_due' },
    invalid: { change: { uncheck: 'Sign the body' }, status: '400 Bad Request', shows: 'invalid_signature' },
  },
  'mobile-places': {
    valid: { status: '201 Created', shows: 'Bletchley Park' },
    invalid: {
      change: { label: 'Bearer token', value: 'No token' },
      status: '401 Unauthorized',
      shows: 'unauthorized',
    },
  },
  'archive-project': {
    valid: { status: '200 OK', shows: 'p_engine: status active → archived' },
    invalid: {
      change: { label: 'Path', value: '/api/projects/p_notes/archive' },
      status: '409 Conflict',
      shows: 'A draft project cannot become archived.',
    },
  },
  'extension-audits': {
    valid: { status: '201 Created', shows: 'access-control-allow-origin' },
    invalid: {
      change: { label: 'Origin', value: 'https://evil.example' },
      status: '403 Forbidden',
      shows: 'origin_not_allowed',
    },
  },
  'export-projects': {
    valid: { status: '200 OK', shows: 'attachment; filename="projects.csv"' },
    invalid: {
      change: { label: 'Signed in as', value: 'Signed out' },
      status: '401 Unauthorized',
      shows: 'Sign in to export',
    },
  },
  feed: {
    valid: { status: '200 OK', shows: '<title>A-0 Compiler</title>' },
    invalid: {
      change: { label: 'Method', value: 'POST' },
      status: '405 Method Not Allowed',
      shows: '(empty body)',
    },
  },
  'public-products': {
    valid: { status: '200 OK', shows: 'stale-while-revalidate' },
    invalid: {
      change: { label: 'Method', value: 'DELETE' },
      status: '405 Method Not Allowed',
      shows: '(empty body)',
    },
  },
  search: {
    valid: { status: '200 OK', shows: 'Analytical Engine' },
    invalid: {
      change: { label: 'Path', value: '/api/search?q=e' },
      status: '400 Bad Request',
      shows: 'Type at least two characters.',
    },
  },
  'import-status': {
    valid: { status: '200 OK', shows: 'retryAfterSeconds' },
    invalid: {
      change: { label: 'Path', value: '/api/imports/imp_404' },
      status: '404 Not Found',
      shows: 'No import imp_404 of yours.',
    },
  },
  'pages-hello': {
    valid: { status: '200 OK', shows: 'Hello, Ada!' },
    invalid: {
      change: { label: 'Method', value: 'PUT' },
      status: '405 Method Not Allowed',
      shows: 'Use GET.',
    },
  },
  'pages-v1-projects': {
    valid: { status: '200 OK', shows: 'Analytical Engine' },
    invalid: {
      change: { label: 'Method', value: 'PUT' },
      status: '405 Method Not Allowed',
      shows: 'Use GET or POST.',
    },
  },
  'pages-payments-webhook': {
    valid: { status: '200 OK', shows: 'received' },
    invalid: { change: { uncheck: 'Sign the body' }, status: '400 Bad Request', shows: 'invalid_signature' },
  },
}

/** Apply a change through the panel's labelled controls, as a reader would. */
export async function applyChange(panel: ReturnType<Page['getByRole']>, change: Change) {
  if ('uncheck' in change) return panel.getByLabel(change.uncheck).uncheck()
  const control = panel.getByLabel(change.label, { exact: true })
  const tag = await control.evaluate((element) => element.tagName)
  if (tag === 'SELECT') await control.selectOption({ label: change.value })
  else await control.fill(change.value)
}
