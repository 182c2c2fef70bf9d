import { describe, expect, it } from 'vitest'
import { featureName } from '../result-tools/feature-name.test-helper'
import { fillTemplate } from './fill'

describe('fillTemplate', () => {
  it('writes "a" or "an" before the name as the name needs', () => {
    const parts = ['An ', { form: 'words', number: 'singular' } as const, ' is still being written; a ']
    const withSlot = [...parts, { form: 'words', number: 'singular' } as const, '.']
    expect(fillTemplate(withSlot, featureName('team invites'))).toBe(
      'A team invite is still being written; a team invite.',
    )
    expect(fillTemplate(withSlot, featureName('invoices'))).toBe(
      'An invoice is still being written; an invoice.',
    )
  })

  it('leaves an article alone before a name in code', () => {
    expect(fillTemplate(['a ', { form: 'camel', number: 'singular' }], featureName('invoices'))).toBe(
      'a invoice',
    )
  })
})
