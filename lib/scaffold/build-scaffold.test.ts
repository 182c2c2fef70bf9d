import { describe, expect, it } from 'vitest'
import { decisionGraph } from '../graph/decision-graph'
import { scaffoldFiles } from '../graph/outcome-scaffold'
import { allScaffoldTemplates } from '../../scripts/build/scaffold-templates'
import { typecheckProjects } from '../../scripts/test/typecheck-files'
import { featureName as name } from '../result-tools/feature-name.test-helper'
import { buildScaffold, scaffoldClosure, scaffoldNameClash } from './build-scaffold'

const outcomes = Object.entries(decisionGraph.nodes).flatMap(([id, node]) =>
  node.kind === 'outcome' ? [{ id, ...node }] : [],
)
// The templates the build writes for the site, so the tests check what readers download.
const templates = allScaffoldTemplates()
const invites = name('project invites')

describe('buildScaffold', () => {
  it('names files, imports and identifiers after the feature, and starts entry points with the checklist', () => {
    const outcome = outcomes.find((candidate) => candidate.id === 'service-with-action-and-route-handler')!
    const files = buildScaffold(
      { title: outcome.title, checklist: outcome.checklist, roots: scaffoldFiles(outcome) },
      templates,
      invites,
    )
    const paths = files.map((file) => file.path)
    expect(paths.slice(0, 4)).toEqual([
      'features/project-invites/service.ts',
      'features/project-invites/validation.ts',
      'app/dashboard/project-invites/actions.ts',
      'app/api/project-invites/[id]/archive/route.ts',
    ])
    expect(paths).toContain('lib/db.ts')
    const service = files[0]!.contents
    expect(service.split('\n')[0]).toBe(`// Checklist from Next Boundaries, “${outcome.title}”:`)
    expect(service).toContain(`// - [ ] ${outcome.checklist[0]}`)
    expect(service).toContain(
      'export function changeProjectInviteStatus(actor: User, projectInviteId: string',
    )
    expect(service).toContain('No project invite ${projectInviteId} of yours.')
    expect(service).not.toMatch(/project(?!-invite|Invite| invite)/i)
    const action = files[2]!.contents
    expect(action).toContain("from '@/features/project-invites/service'")
    expect(action).toContain("revalidatePath('/dashboard/project-invites')")
    expect(files.find((file) => file.path === 'lib/db.ts')?.kind).toBe('stand-in')
    // Listed in "Files to create", so it starts with the checklist; lib/auth.ts is only imported.
    expect(files.find((file) => file.path === 'features/project-invites/validation.ts')?.kind).toBe('start')
    expect(files.find((file) => file.path === 'lib/auth.ts')?.kind).toBe('stand-in')
    // Feature code a listed file imports, such as the page's query module, comes as it is.
    const read = outcomes.find((candidate) => candidate.id === 'server-component-read')!
    const readFiles = buildScaffold(
      { title: read.title, checklist: read.checklist, roots: scaffoldFiles(read) },
      templates,
      invites,
    )
    expect(readFiles.find((file) => file.path === 'features/project-invites/queries.ts')?.kind).toBe(
      'feature',
    )
  })

  it('finds a name that would collide with an identifier the scaffold already has', () => {
    const files = scaffoldClosure(['features/projects/service.ts'], templates)
    expect(scaffoldNameClash(files, templates, name('users'))).toMatch(/^(users|User)$/)
    expect(scaffoldNameClash(files, templates, invites)).toBeNull()
  })

  // Every outcome's scaffold in one TypeScript program, each in its own folder: the declarations are
  // parsed once. The first check pays for it.
  let errors: Record<string, string[]> | undefined
  const typecheckAll = () =>
    (errors ??= typecheckProjects(
      Object.fromEntries(
        outcomes.map((outcome) => {
          const files = buildScaffold(
            { title: outcome.title, checklist: outcome.checklist, roots: scaffoldFiles(outcome) },
            templates,
            name(outcome.id === 'service-for-script' ? 'Team Reply' : 'project invites'),
          )
          return [outcome.id, Object.fromEntries(files.map((file) => [file.path, file.contents]))]
        }),
      ),
    ))

  it.each(outcomes.map((outcome) => [outcome.id] as const))(
    'the %s scaffold type-checks against the pinned next types',
    { timeout: 120_000 },
    (id) => {
      expect(typecheckAll()[id]).toEqual([])
    },
  )
})
