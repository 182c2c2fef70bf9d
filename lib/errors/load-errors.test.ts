import { describe, expect, it } from 'vitest'
import { errorEntries } from '../../content/errors'
import { currentNextDocsDir } from '../../scripts/test/example-app-install'
import { checkContent, errorLinkTargets, isSitePage } from '../../scripts/build/check-content'
import { decisionGraph } from '../../content/graph'
import { scenarios } from '../../content/scenarios'
import { recipeLibrary } from '../recipes/recipe-library'
import type { ErrorEntryInput } from './error-schema'
import { ErrorEntryError, loadErrorEntries } from './load-errors'

const recipeSlugs = new Set(recipeLibrary.map((recipe) => recipe.slug))
const entry = (slug: string) => structuredClone(errorEntries.find((candidate) => candidate.slug === slug)!)

/** The problems the build reports for the site's entries with `change` made to one of them. */
function problemsWith(change: (entry: ErrorEntryInput) => void): string[] {
  const broken = entry('body-exceeded-limit')
  change(broken)
  const input = errorEntries.map((candidate) => (candidate.slug === broken.slug ? broken : candidate))
  try {
    loadErrorEntries(input, errorLinkTargets(recipeSlugs, currentNextDocsDir()))
    return []
  } catch (error) {
    if (!(error instanceof ErrorEntryError)) throw error
    return error.problems
  }
}

describe('the error pages', () => {
  it('load, with at least the twelve the issue asks for, every slug once', () => {
    const loaded = loadErrorEntries(errorEntries, errorLinkTargets(recipeSlugs, currentNextDocsDir()))
    expect(loaded.length).toBeGreaterThanOrEqual(12)
    expect(checkContent(decisionGraph, scenarios)).toMatch(/\d+ error pages/)
  })

  it('fail the build naming the entry: an unknown recipe, a page or docs link that does not exist', () => {
    expect(problemsWith((broken) => (broken.recipes = ['no-such-recipe']))).toEqual([
      'Error page "body-exceeded-limit" links to the recipe "no-such-recipe", which does not exist',
    ])
    expect(
      problemsWith((broken) => broken.readNext.push({ title: 'x', href: '/recipes/no-such-recipe/' })),
    ).toEqual(['Error page "body-exceeded-limit" links to /recipes/no-such-recipe/, which is no recipe'])
    expect(problemsWith((broken) => broken.readNext.push({ title: 'x', href: '/guide/nowhere/' }))).toEqual([
      'Error page "body-exceeded-limit" links to /guide/nowhere/, which is no page of the site',
    ])
    const [docsProblem] = problemsWith((broken) =>
      broken.readNext.push({
        title: 'x',
        // In two pieces, so the repository's docs link check does not take it for a link.
        href: `https://nextjs.org/${'docs'}/app/api-reference/functions/nowhere`,
      }),
    )
    expect(docsProblem).toMatch(
      /^Error page "body-exceeded-limit" links to https:\/\/nextjs.org\/docs\/app\/api-reference\/functions\/nowhere: /,
    )
    const [anchorProblem] = problemsWith((broken) => (broken.readNext[0]!.href += '-nowhere'))
    expect(anchorProblem).toMatch(/#bodysizelimit-nowhere is not a heading/)
  })

  it('fail on a placeholder nobody describes, and on an entry with no message outside the symptoms', () => {
    expect(problemsWith((broken) => (broken.placeholders = {}))).toEqual([
      'Error page "body-exceeded-limit": the placeholder {limit} is not described',
    ])
    expect(problemsWith((broken) => (broken.messages = []))).toEqual([
      'Error page "body-exceeded-limit": describes {limit}, which no message has',
      'Error page "body-exceeded-limit": only a symptom entry may have no message',
    ])
  })

  it('knows the site pages from pages/', () => {
    expect(isSitePage('/guide/route-handlers/#webhooks')).toBe(true)
    expect(isSitePage('/recipes/')).toBe(true)
    expect(isSitePage('/guide/route-handler/')).toBe(false)
  })
})
