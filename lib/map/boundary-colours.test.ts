import { describe, expect, it } from 'vitest'
import { outcomeColours } from './boundary-colours'

describe('outcomeColours', () => {
  it('colours a box by its first boundary, with one band of the stripe per boundary', () => {
    expect(outcomeColours(['service', 'route-handler'])).toEqual({
      '--boundary': 'var(--boundary-service)',
      '--stripe': 'linear-gradient(var(--boundary-service) 0% 50%, var(--boundary-route-handler) 50% 100%)',
    })
    expect(outcomeColours(['service', 'server-action', 'route-handler'])['--stripe']).toBe(
      'linear-gradient(var(--boundary-service) 0% 33.33%, var(--boundary-server-action) 33.33% 66.67%, var(--boundary-route-handler) 66.67% 100%)',
    )
  })

  it('leaves a question uncoloured', () => {
    expect(outcomeColours([])).toEqual({})
  })
})
