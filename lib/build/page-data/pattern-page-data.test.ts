import { describe, expect, it } from 'vitest'
import { patterns } from '../../../content/patterns'
import { recipeLibrary } from '../../recipes/recipe-library'
import { runTargets } from '../../../content/run-targets'
import { patternPageData } from './pattern-page-data'

// Highlighting every file of every pattern with shiki took up to 15 s on a busy 2-core machine.
describe('pattern pages', { timeout: 60_000 }, () => {
  it('highlight every file of every pattern and only name run targets that exist', async () => {
    const targetIds = new Set(runTargets.map((target) => target.id))
    for (const pattern of patterns) {
      const data = await patternPageData(pattern.slug)
      expect(data.files).toHaveLength(pattern.files.length)
      for (const { key } of data.files) expect(data.snippets[key]?.html).toContain('data-line')
      for (const id of pattern.runTargets) expect(targetIds, `${pattern.slug} → ${id}`).toContain(id)
    }
  })

  it('every run target is offered on some pattern or recipe page', () => {
    const offered = new Set([
      ...patterns.flatMap((pattern) => pattern.runTargets),
      ...recipeLibrary.flatMap((recipe) => recipe.runTargets),
    ])
    expect(runTargets.map((target) => target.id).filter((id) => !offered.has(id))).toEqual([])
  })
})
