import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { allScaffoldTemplates } from '../../scripts/build/scaffold-templates'
import { currentExampleAppDir } from '../../scripts/test/example-app-install'
import { typecheckProjects } from '../../scripts/test/typecheck-files'
import { verifiedNextVersions } from '../build/verified-versions'
import { featureName } from '../result-tools/feature-name.test-helper'
import { buildScaffold, scaffoldRenames } from '../scaffold/build-scaffold'
import { fillTemplate } from '../scaffold/fill'
import { templateKey } from '../scaffold/template-parts'
import { decisionGraph } from '../graph/decision-graph'
import { recipeLibrary } from './recipe-library'
import { recipeScaffoldRequest } from './recipe-scaffold'
import { recipeView } from './recipe-view'

// The templates the build writes for the site, so the tests check what readers download.
const templates = allScaffoldTemplates()
// A name no recipe's word is part of, so a word left behind would show.
const sample = featureName('garden plots')
const spelled = [sample.kebab.singular, sample.camel.singular, sample.pascal.singular, sample.words.singular]

const scaffolds = recipeLibrary.map((recipe) => {
  // As the page builds it, from the recipe's view (its checklist is parsed inline text).
  const request = recipeScaffoldRequest(recipeView(decisionGraph, recipe, recipeLibrary))
  const files = buildScaffold(request, templates, sample)
  return { recipe, request, files, renames: scaffoldRenames(request, templates) }
})
const bySlug = new Map(scaffolds.map((scaffold) => [scaffold.recipe.slug, scaffold]))
const asProject = (files: ReadonlyArray<{ path: string; contents: string }>) =>
  Object.fromEntries(files.map((file) => [file.path, file.contents]))

// Every recipe's scaffold in one TypeScript program, each under its own folder: the declarations are
// parsed once, not forty times. Checked lazily, by the first test that needs it.
const typecheckOnce = (installDir?: string) => {
  let errors: Record<string, string[]> | undefined
  return () =>
    (errors ??= typecheckProjects(
      Object.fromEntries(scaffolds.map(({ recipe, files }) => [recipe.slug, asProject(files)])),
      installDir,
    ))
}
const onPinnedNext = typecheckOnce()
// The example app installed on the current Next.js (npm run test:example) has its own next and react.
const currentNext = path.join(currentExampleAppDir, 'node_modules/next/package.json')
const hasCurrentNext =
  existsSync(currentNext) &&
  (JSON.parse(readFileSync(currentNext, 'utf8')) as { version: string }).version ===
    verifiedNextVersions.current
const onCurrentNext = typecheckOnce(currentExampleAppDir)

describe.each(recipeLibrary.map((recipe) => [recipe.slug] as const))('the %s scaffold', (slug) => {
  const { recipe, request, files, renames } = bySlug.get(slug)!

  it('starts with exactly the files "Files to create" lists, renamed, and each opens with the checklist', () => {
    const listed = recipe.files.map((file) =>
      fillTemplate(templates[templateKey(file.path, request.word)]!.path, sample),
    )
    expect(files.filter((file) => file.kind === 'start').map((file) => file.path)).toEqual(listed)
    expect(files.filter((file) => file.kind === 'start').map((file) => file.source)).toEqual(
      recipe.files.map((file) => file.path),
    )
    for (const file of files.filter((candidate) => candidate.kind === 'start')) {
      expect(file.contents.split('\n')[0]).toBe(`// Checklist from Next Boundaries, “${recipe.title}”:`)
    }
    // Everything else is what those files import, from the example app: feature code or a stand-in.
    expect(new Set(files.map((file) => file.path)).size).toBe(files.length)
  })

  it('has no region markers', () => {
    for (const file of files) expect(file.contents, file.path).not.toMatch(/#(end)?region\b/)
  })

  it('puts the reader’s name exactly where the page says it does', () => {
    const named = (text: string) => spelled.some((form) => text.includes(form))
    expect(files.filter((file) => named(file.path))).toHaveLength(renames.paths)
    if (request.word === '') {
      expect(renames).toMatchObject({ paths: 0, identifiers: 0, texts: false })
      for (const file of files) expect(named(file.contents), file.path).toBe(false)
      return
    }
    // The word is the recipe's own: its listed files carry the name, not only the stand-ins.
    const start = files.filter((file) => file.kind === 'start')
    expect(start.some((file) => named(file.path) || named(file.contents))).toBe(true)
    expect(renames.paths + renames.identifiers).toBeGreaterThan(0)
    const word = new RegExp(`(^|[^A-Za-z])${request.word}s?($|[^A-Za-z])`, 'i')
    for (const file of files) expect(file.path).not.toMatch(word)
  })

  it(
    `type-checks against Next.js ${verifiedNextVersions.previous}`,
    // One program for all recipes: the first test pays for it (measured in the report), the rest read it.
    { timeout: 180_000 },
    () => {
      expect(onPinnedNext()[slug]).toEqual([])
    },
  )

  it.skipIf(!hasCurrentNext)(
    `type-checks against Next.js ${verifiedNextVersions.current} (the example app's copy, npm run test:example)`,
    { timeout: 180_000 },
    () => {
      expect(onCurrentNext()[slug]).toEqual([])
    },
  )
})
