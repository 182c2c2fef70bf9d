import { describe, expect, it } from 'vitest'
import { clientAddress } from './client-address'

const forwarded = (value: string) => new Headers({ 'x-forwarded-for': value })

describe('clientAddress', () => {
  it('takes the entry our own proxy appended, not what the client wrote before it', () => {
    expect(clientAddress(forwarded('203.0.113.7'))).toBe('203.0.113.7')
    expect(clientAddress(forwarded('10.9.9.9, 203.0.113.7'))).toBe('203.0.113.7')
    expect(clientAddress(forwarded('10.9.9.9, 203.0.113.7, 192.0.2.1'), 2)).toBe('203.0.113.7')
  })

  it('is null when no proxy recorded an address', () => {
    expect(clientAddress(new Headers())).toBeNull()
    expect(clientAddress(forwarded(' , '))).toBeNull()
    expect(clientAddress(forwarded('192.0.2.1'), 2)).toBeNull()
  })
})
