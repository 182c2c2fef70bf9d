import { describe, expect, it } from 'vitest'
import { runTargets } from '../../content/run-targets'
import { readExample } from '../build/snippets/example-source'
import { recipeLibrary } from './recipe-library'

it('has at least 24 recipes, checked against the graph', () => {
  expect(recipeLibrary.length).toBeGreaterThanOrEqual(24)
})

// A recipe's page shows real files of content/examples, and "Files to create" names exactly the files
// "The code" shows: no file listed that the page never shows, none shown that the list leaves out.
describe.each(recipeLibrary.map((recipe) => [recipe.slug, recipe] as const))('recipe %s', (_slug, recipe) => {
  it('shows files (and regions) that exist in the example app', () => {
    for (const code of recipe.code) expect(() => readExample(code.file, code.region)).not.toThrow()
  })

  it('lists exactly the files its code shows', () => {
    const shown = [...new Set(recipe.code.map((code) => code.file))].sort()
    expect(recipe.files.map((file) => file.path).sort()).toEqual(shown)
  })

  it('runs only files it shows, with targets the Run panel knows', () => {
    for (const id of recipe.runTargets) {
      const target = runTargets.find((candidate) => candidate.id === id)
      expect(target, `no Run panel target "${id}"`).toBeDefined()
      expect(recipe.code.map((code) => code.file)).toContain(target!.file)
    }
  })

  it('has traps with a symptom, a cause and a fix, and a source for each quoted message', () => {
    for (const trap of recipe.traps)
      expect(trap.message === undefined || trap.source !== undefined).toBe(true)
  })
})
