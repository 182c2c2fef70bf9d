import { describe, expect, it } from 'vitest'
import { recipeLibrary } from '../recipes/recipe-library'
import { errorLibrary, findErrorEntry } from './error-library'
import { errorView } from './error-view'

describe('the view of an error page', () => {
  it('names who prints each message, and the one version that does when only one does', () => {
    const view = errorView(findErrorEntry('cookies-headers-without-await')!, recipeLibrary)
    expect(view.messages.map((message) => [message.sourceLabel, message.versionNote])).toEqual([
      ['Node.js prints', 'Next.js 16 only'],
      ['Next.js prints', 'Next.js 15 only'],
      ['Next.js prints', 'Next.js 15 only'],
    ])
    expect(view.placeholders.map((placeholder) => placeholder.name)).toEqual(['call', 'route', 'expression'])
    expect(view.onNext15).not.toBeNull()
  })

  it('links each recipe by its title, for every entry', () => {
    for (const entry of errorLibrary) {
      const view = errorView(entry, recipeLibrary)
      expect(view.href).toBe(`/errors/${entry.slug}/`)
      expect(view.recipes.map((recipe) => recipe.href)).toEqual(
        entry.recipes.map((slug) => `/recipes/${slug}/`),
      )
      for (const recipe of view.recipes) expect(recipe.title).not.toBe('')
      expect(view.when.flat().some((part) => part.kind === 'code' || part.kind === 'text')).toBe(true)
    }
  })
})
