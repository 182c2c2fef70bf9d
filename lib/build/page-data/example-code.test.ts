import { describe, expect, it } from 'vitest'
import { decisionGraph, recipeLibrary } from '../../graph/decision-graph'
import { exampleCode } from './example-code'

// Highlighting every outcome's example files with shiki took up to 5.5 s on a busy 2-core machine.
describe('exampleCode', { timeout: 30_000 }, () => {
  it('highlights every example file an outcome names, each on a pattern page or a recipe of that outcome', async () => {
    const outcomes = Object.entries(decisionGraph.nodes).filter(([, node]) => node.kind === 'outcome')
    expect(outcomes.length).toBeGreaterThan(0)
    for (const [id, outcome] of outcomes) {
      if (outcome.kind !== 'outcome') continue
      const examples = await exampleCode(outcome.examples)
      for (const example of examples) {
        expect(example.snippet.html, id).toContain('data-line')
        const inRecipe = recipeLibrary.some(
          (recipe) =>
            recipe.outcomes.includes(id) && recipe.code.some((code) => code.file === example.snippet.file),
        )
        if (!inRecipe)
          expect(example.pattern?.href, `${id}: ${example.snippet.file}`).toMatch(/^\/patterns\/[a-z-]+\/$/)
      }
    }
  })

  it('fails naming a file that does not exist', async () => {
    await expect(exampleCode(['app/missing/route.ts'])).rejects.toThrow(
      '"app/missing/route.ts" does not exist',
    )
  })
})
