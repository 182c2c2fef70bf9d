import { expect, it } from 'vitest'
import type { BoundaryId } from '../../content/boundaries'
import { findRecipe } from './recipe-library'
import type { RecipeInput } from './recipe-schema'

/** What one recipe must tell the reader to build, and boundaries it must never include. */
export type RecipePin = { boundaries: BoundaryId[]; never: BoundaryId[] }

/**
 * Pins the boundaries of every recipe in a group file: exactly `boundaries` (any order) on the
 * recipe and in its result element, none of `never`, and a pin for each recipe of the group.
 */
export function pinRecipeBoundaries(group: readonly RecipeInput[], pins: Record<string, RecipePin>): void {
  it('pins every recipe of the group', () => {
    expect(Object.keys(pins).sort()).toEqual(group.map((recipe) => recipe.slug).sort())
  })
  for (const [slug, pin] of Object.entries(pins)) {
    it(`${slug}: builds ${pin.boundaries.join(' + ')}, never ${pin.never.join(', ') || 'anything else'}`, () => {
      const recipe = findRecipe(slug)
      expect(recipe, `no recipe "${slug}" in the library`).toBeDefined()
      expect([...recipe!.boundaries].sort()).toEqual([...pin.boundaries].sort())
      for (const forbidden of pin.never) expect(recipe!.boundaries).not.toContain(forbidden)
    })
  }
}
