import type { BoundaryId } from '../../content/boundaries'

/** The CSS custom property holding a boundary's colour on the map (set in DecisionMap.module.css). */
export const boundaryColour = (id: BoundaryId) => `var(--boundary-${id})`

/**
 * The colours of an outcome's box: its main boundary's, and a stripe down its left side with one
 * band per boundary it uses, so a box that combines several shows each.
 */
export function outcomeColours(boundaries: readonly BoundaryId[]): Record<string, string> {
  if (boundaries.length === 0) return {}
  const band = 100 / boundaries.length
  const bands = boundaries.map(
    (id, index) => `${boundaryColour(id)} ${round(index * band)}% ${round((index + 1) * band)}%`,
  )
  return { '--boundary': boundaryColour(boundaries[0]!), '--stripe': `linear-gradient(${bands.join(', ')})` }
}

const round = (value: number) => Math.round(value * 100) / 100
