import { describe, expect, it } from 'vitest'
import { featureName } from '../../result-tools/feature-name.test-helper'
import { fillTemplate } from '../../scaffold/fill'
import { scaffoldTemplate, templateOf } from './template'

const invites = featureName('project invites')
const filled = (text: string, context: 'identifier' | 'path' | 'text') =>
  fillTemplate(templateOf(text, context), invites)

describe('templateOf', () => {
  it('fills identifiers in camel and Pascal case, keeping the rest of a compound', () => {
    expect(filled('listProjectsOf', 'identifier')).toBe('listProjectInvitesOf')
    expect(filled('projectIdSchema', 'identifier')).toBe('projectInviteIdSchema')
    expect(filled('ProjectStatus', 'identifier')).toBe('ProjectInviteStatus')
  })

  it('leaves other words that contain "project" alone', () => {
    expect(filled('projection', 'identifier')).toBe('projection')
    expect(filled('subproject', 'text')).toBe('subproject')
    expect(filled('Projector', 'identifier')).toBe('Projector')
  })

  it('uses kebab case in paths and file names, words in prose', () => {
    expect(filled('@/features/projects/service', 'path')).toBe('@/features/project-invites/service')
    expect(filled("'/dashboard/projects'", 'text')).toBe("'/dashboard/project-invites'")
    expect(filled('attachment; filename="projects.csv"', 'text')).toBe(
      'attachment; filename="project-invites.csv"',
    )
    expect(filled('No project found. Projects are private.', 'text')).toBe(
      'No project invite found. Project invites are private.',
    )
    expect(filled("formData.get('projectId')", 'text')).toBe("formData.get('projectInviteId')")
  })
})

describe('scaffoldTemplate', () => {
  const source = [
    "import { db } from '@/lib/db'",
    "import { helper } from './helper'",
    '// Every project of one owner.',
    'export function listProjects(ownerId: string) {',
    '  return <p title="projects">Your projects: {db().projects.length}</p>',
    '}',
  ].join('\n')
  const known = (file: string) => ['lib/db.ts', 'app/projects/helper.ts'].includes(file)
  const template = scaffoldTemplate('app/projects/list.tsx', source, known)

  it('resolves `@/` and relative imports to example files', () => {
    expect(template.imports).toEqual(['app/projects/helper.ts', 'lib/db.ts'])
  })

  it('fills comments, JSX text and attributes as words, code as identifiers, the path in kebab case', () => {
    expect(fillTemplate(template.path, invites)).toBe('app/project-invites/list.tsx')
    expect(fillTemplate(template.parts, invites)).toBe(
      [
        "import { db } from '@/lib/db'",
        "import { helper } from './helper'",
        '// Every project invite of one owner.',
        'export function listProjectInvites(ownerId: string) {',
        '  return <p title="project invites">Your project invites: {db().projectInvites.length}</p>',
        '}',
      ].join('\n'),
    )
    expect(template.fixedNames).toContain('db')
    expect(template.namedIdentifiers.map((parts) => fillTemplate(parts, invites))).toContain(
      'listProjectInvites',
    )
  })

  it('names the file and the import it cannot resolve', () => {
    expect(() => scaffoldTemplate('app/x.ts', "import { y } from '@/lib/missing'", known)).toThrow(
      'app/x.ts: cannot resolve the import "@/lib/missing"',
    )
  })
})

describe('scaffoldTemplate for a recipe’s own word', () => {
  const known = (file: string) => ['features/imports/queue.ts'].includes(file)

  it('replaces that word, singular and plural, and leaves keywords, packages and HTML tags alone', () => {
    const source = [
      "import { enqueue } from '@/features/imports/queue'",
      "import { importer } from 'some-importer'",
      '// Starts one import; the page polls the imports list.',
      'export function startImport(importId: string) {',
      '  return <article title="imports">{enqueue(importId)}</article>',
      '}',
    ].join('\n')
    const template = scaffoldTemplate('app/imports/start.tsx', source, known, 'import')
    expect(fillTemplate(template.path, invites)).toBe('app/project-invites/start.tsx')
    expect(fillTemplate(template.parts, invites)).toBe(
      [
        "import { enqueue } from '@/features/project-invites/queue'",
        "import { importer } from 'some-importer'",
        '// Starts one project invite; the page polls the project invites list.',
        'export function startProjectInvite(projectInviteId: string) {',
        '  return <article title="project invites">{enqueue(projectInviteId)}</article>',
        '}',
      ].join('\n'),
    )
    expect(template.imports).toEqual(['features/imports/queue.ts'])
  })

  it('names keys after the code around them, and keeps media types', () => {
    const video = (text: string, context: 'identifier' | 'path' | 'text' = 'text') =>
      fillTemplate(templateOf(text, context, 'video'), invites)
    expect(video("'video_in_progress'")).toBe("'projectInvite_in_progress'")
    expect(video('`/api/token?video=${id}`')).toBe('`/api/token?projectInvite=${id}`')
    expect(video("'daily-video' and 'video-error'")).toBe("'daily-project-invite' and 'project-invite-error'")
    expect(video('`video:ip:${address}`')).toBe('`project-invite:ip:${address}`')
    expect(video("accept='video/mp4,video/webm' for videos/")).toBe(
      "accept='video/mp4,video/webm' for project-invites/",
    )
    expect(video('Choose an avatar or a video.')).toBe('Choose an avatar or a project invite.')
  })

  it('treats a string that is the word alone as a name, a regular expression as a path', () => {
    const source = [
      "const file = formData.get('video')",
      'const key = /^videos\\/u_\\w+$/',
      'const field = <input name="video" title="videos" />',
    ].join('\n')
    const template = scaffoldTemplate('app/videos/form.tsx', source, known, 'video')
    expect(fillTemplate(template.parts, invites)).toBe(
      [
        "const file = formData.get('projectInvite')",
        'const key = /^project-invites\\/u_\\w+$/',
        'const field = <input name="projectInvite" title="project invites" />',
      ].join('\n'),
    )
  })

  it('replaces nothing for the empty word', () => {
    const template = scaffoldTemplate('app/projects/x.ts', 'export const projects = 1\n', known, '')
    expect(template.parts).toEqual(['export const projects = 1\n'])
    expect(template.namedIdentifiers).toEqual([])
  })
})
