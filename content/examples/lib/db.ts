/**
 * An in-memory store seeded with two users and their projects. It stands in for a database so the
 * examples run anywhere: under `next start`, in the tests and in the site's Run panel. The store
 * lives on globalThis so every bundle in one process shares it.
 */

export type ProjectStatus = 'draft' | 'active' | 'archived'

export type User = { id: string; name: string; email: string; role: 'member' | 'admin' }
export type Project = { id: string; ownerId: string; name: string; status: ProjectStatus; updatedAt: string }
export type ApiToken = { token: string; userId: string; client: 'mobile' | 'extension' }
export type Place = { id: string; ownerId: string; name: string; lat: number; lng: number }
export type Audit = { id: string; ownerId: string; url: string; score: number }
export type Product = { id: string; name: string; priceCents: number }
export type ContactMessage = { id: string; name: string; email: string; message: string }
export type ImportJob = {
  id: string
  ownerId: string
  status: 'queued' | 'running' | 'done'
  processed: number
}
/** One entry of the public changelog, newest first by publishedAt (ties broken by id). */
export type ChangelogEntry = { id: string; title: string; publishedAt: string }
/** A question to the assistant and the answer streamed back, kept as far as it got. */
export type AssistantAnswer = {
  id: string
  ownerId: string
  question: string
  text: string
  status: 'writing' | 'complete' | 'stopped'
}

/** One line of a user's live activity feed; `id` grows by one per event, so a stream resumes after it. */
export type ActivityEvent = { id: number; ownerId: string; at: string; text: string }
/** A message on the import queue: which job to run and its input, waiting for a worker. */
export type QueuedImport = { jobId: string; rows: string[]; claimedAt: string | null }
/** An address the stand-in form host (content/examples/form-host) accepted. */
export type NewsletterSignup = { id: string; email: string; form: string }
/** A user’s star on a project; its id is `<userId>:<projectId>`: one star per user and project. */
export type Star = { id: string; userId: string; projectId: string }
export type ProjectComment = {
  id: string
  projectId: string
  authorId: string
  body: string
  status: 'pending' | 'approved' | 'rejected'
  moderatedBy?: string
}
/** Attempts counted in one fixed window, keyed by what is limited (`contact:ip:203.0.113.7`). */
export type RateWindow = { count: number; resetAt: number }
export type Invite = { id: string; inviterId: string; email: string; createdAt: string }

export type Store = {
  users: User[]
  sessions: Record<string, string>
  tokens: ApiToken[]
  projects: Project[]
  places: Place[]
  audits: Audit[]
  products: Product[]
  messages: ContactMessage[]
  imports: ImportJob[]
  /** Webhook event ids already handled, so a retried delivery is not applied twice. */
  processedEvents: string[]
  subscriptions: Record<string, 'active' | 'past_due' | 'canceled'>
  activity: ActivityEvent[]
  /** The queue stand-in: a worker outside the app takes the oldest message not yet claimed. */
  importQueue: QueuedImport[]
  newsletterSignups: NewsletterSignup[]
  /** The form host's rate limit: times (ms) of recent submissions per client address. */
  formHostHits: Record<string, number[]>
  /** Text variations the fake model wrote, newest last. */
  variations: Variation[]
  /** Calls left on each user's plan with the fake model API. */
  modelCredits: Record<string, number>
  /** Each user's avatar, small enough to travel through a Server Action. */
  avatars: Record<string, Avatar>
  /** Videos the browser uploads straight to storage: signed, then recorded. */
  videoUploads: VideoUpload[]
  /** What the fake storage holds, by object key (sizes only: the bytes are counted, not kept). */
  storedObjects: Record<string, StoredObject>
  tasks: Task[]
  changelog: ChangelogEntry[]
  answers: AssistantAnswer[]
  stars: Star[]
  comments: ProjectComment[]
  rateLimits: Record<string, RateWindow>
  invites: Invite[]
  /** Share links, expired ones included until the nightly clean-up deletes them. */
  shareLinks: ShareLink[]
  /** What the fake mail service delivered (features/mail/mailer.ts), oldest first. */
  sentEmails: SentEmail[]
  /** One row per scheduled job and period that has started: a retried call finds it and stops. */
  scheduledRuns: ScheduledRun[]
  /** Webhook deliveries already taken, keyed `<provider>:<delivery id>`, so a retry is not handled twice. */
  webhookDeliveries: WebhookDelivery[]
  /** The pages a CMS publishes: the stand-in for its content API, read when a page is generated. */
  articles: Article[]
  /** The fake identity provider's sign-in codes, each good for one exchange within a minute. */
  identityCodes: IdentityCode[]
  /** The fake identity provider's access tokens → the user id they stand for. */
  identityTokens: Record<string, string>
}

/** A code the fake identity provider issued to a client, bound to its redirect URI and PKCE challenge. */
export type IdentityCode = {
  code: string
  clientId: string
  redirectUri: string
  codeChallenge: string
  userId: string
  expiresAt: number
  used: boolean
}

export type Variation = { id: string; ownerId: string; prompt: string; text: string }
export type Avatar = {
  type: 'image/png' | 'image/jpeg' | 'image/webp'
  size: number
  base64: string
}
export type VideoUpload = {
  key: string
  ownerId: string
  name: string
  size: number
  type: string
  status: 'signed' | 'uploaded'
}
export type StoredObject = { size: number; type: string; etag: string }
export type Task = { id: string; ownerId: string; title: string }
/** A read-only link to a project that its owner shared; it stops working at `expiresAt`. */
export type ShareLink = { id: string; projectId: string; expiresAt: string }
export type SentEmail = { id: string; to: string; subject: string; text: string; sentAt: string }
export type ScheduledRun = { key: string; startedAt: string }
/** One delivery a webhook route took: which provider, its id and its event type. */
export type WebhookDelivery = { id: string; source: string; type: string; receivedAt: string }
/** A CMS entry as the site shows it: one page per slug. */
export type Article = { slug: string; title: string; body: string }

const seededAt = '2026-01-15T09:00:00.000Z'

function seed(): Store {
  return {
    users: [
      { id: 'u_ada', name: 'Ada Lovelace', email: 'ada@example.com', role: 'member' },
      { id: 'u_grace', name: 'Grace Hopper', email: 'grace@example.com', role: 'admin' },
    ],
    // Session cookie value → user id. A real app stores a hash of a random token.
    sessions: { 'session-ada': 'u_ada', 'session-grace': 'u_grace' },
    tokens: [
      { token: 'mobile-token-ada', userId: 'u_ada', client: 'mobile' },
      { token: 'extension-token-grace', userId: 'u_grace', client: 'extension' },
    ],
    projects: [
      { id: 'p_engine', ownerId: 'u_ada', name: 'Analytical Engine', status: 'active', updatedAt: seededAt },
      { id: 'p_notes', ownerId: 'u_ada', name: 'Notes on the Engine', status: 'draft', updatedAt: seededAt },
      { id: 'p_compiler', ownerId: 'u_grace', name: 'A-0 Compiler', status: 'active', updatedAt: seededAt },
      {
        id: 'p_cobol',
        ownerId: 'u_grace',
        name: 'COBOL, "=SUM" edition',
        status: 'archived',
        updatedAt: seededAt,
      },
    ],
    places: [],
    audits: [],
    products: [
      { id: 'prod_starter', name: 'Starter', priceCents: 900 },
      { id: 'prod_team', name: 'Team & Co', priceCents: 4900 },
    ],
    messages: [],
    imports: [{ id: 'imp_1', ownerId: 'u_ada', status: 'running', processed: 40 }],
    processedEvents: [],
    subscriptions: { u_ada: 'active', u_grace: 'active' },
    activity: [
      { id: 1, ownerId: 'u_ada', at: seededAt, text: 'Analytical Engine is now active' },
      { id: 2, ownerId: 'u_ada', at: seededAt, text: 'Notes on the Engine was created' },
      { id: 3, ownerId: 'u_grace', at: seededAt, text: 'A-0 Compiler is now active' },
    ],
    importQueue: [],
    newsletterSignups: [],
    formHostHits: {},
    variations: [],
    modelCredits: { u_ada: 10, u_grace: 6 },
    avatars: {},
    videoUploads: [],
    storedObjects: {},
    tasks: [
      { id: 't_cards', ownerId: 'u_ada', title: 'Punch the Bernoulli cards' },
      { id: 't_letter', ownerId: 'u_ada', title: 'Answer Babbage’s letter' },
      { id: 't_notes', ownerId: 'u_ada', title: 'Translate Menabrea’s notes' },
      { id: 't_manual', ownerId: 'u_grace', title: 'Write the A-0 manual' },
    ],
    changelog: seedChangelog(),
    answers: [],
    stars: [{ id: 'u_grace:p_engine', userId: 'u_grace', projectId: 'p_engine' }],
    comments: [
      {
        id: 'c_music',
        projectId: 'p_engine',
        authorId: 'u_ada',
        body: 'Could the engine compose music?',
        status: 'pending',
      },
      {
        id: 'c_bugs',
        projectId: 'p_compiler',
        authorId: 'u_ada',
        body: 'Found a moth in relay 70.',
        status: 'pending',
      },
      {
        id: 'c_loops',
        projectId: 'p_engine',
        authorId: 'u_grace',
        body: 'The loops on card 4 repeat.',
        status: 'pending',
      },
      {
        id: 'c_tables',
        projectId: 'p_notes',
        authorId: 'u_grace',
        body: 'Note G has the Bernoulli table.',
        status: 'approved',
        moderatedBy: 'u_grace',
      },
    ],
    rateLimits: {},
    invites: [],
    shareLinks: [
      { id: 'sl_engine_review', projectId: 'p_engine', expiresAt: '2026-01-22T09:00:00.000Z' },
      { id: 'sl_compiler_demo', projectId: 'p_compiler', expiresAt: '2099-01-01T00:00:00.000Z' },
    ],
    sentEmails: [],
    scheduledRuns: [],
    webhookDeliveries: [],
    articles: [
      { slug: 'release-notes', title: 'Release notes', body: 'What changed in the last release.' },
      { slug: 'getting-started', title: 'Getting started', body: 'Create a project, then invite your team.' },
    ],
    identityCodes: [],
    identityTokens: {},
  }
}

/** 45 changelog entries, one a day back from the seed date: three pages of the infinite scroll. */
function seedChangelog(): ChangelogEntry[] {
  const day = 24 * 60 * 60 * 1000
  return Array.from({ length: 45 }, (_, index) => {
    const number = 45 - index
    return {
      id: `chg_${String(number).padStart(3, '0')}`,
      title: `Release ${number}`,
      publishedAt: new Date(Date.parse(seededAt) - index * day).toISOString(),
    }
  })
}

const key = Symbol.for('next-boundaries.examples.store')
type WithStore = typeof globalThis & { [key]?: Store }

/** The one store of this process. */
export function db(): Store {
  const holder = globalThis as WithStore
  holder[key] ??= seed()
  return holder[key]
}

/** Put the seed data back (tests and the Run panel's "Reset store" button). */
export function resetDb(): void {
  ;(globalThis as WithStore)[key] = seed()
}

let counter = 0
/** A short unique id with a readable prefix. */
export function newId(prefix: string): string {
  counter += 1
  return `${prefix}_${Date.now().toString(36)}${counter.toString(36)}`
}
