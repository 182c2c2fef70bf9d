import { describe, expect, it } from 'vitest'
import { sniffImageType } from './image-type'

const bytes = (...values: number[]) => new Uint8Array(values)
const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0))

describe('sniffImageType', () => {
  it('knows PNG, JPEG and WebP by their first bytes', () => {
    expect(sniffImageType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13))).toBe(
      'image/png',
    )
    expect(sniffImageType(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe('image/jpeg')
    expect(sniffImageType(bytes(...ascii('RIFF'), 1, 2, 3, 4, ...ascii('WEBP')))).toBe('image/webp')
  })

  it('refuses anything else, whatever its name says: text, SVG, a RIFF that is not WebP, too few bytes', () => {
    expect(sniffImageType(bytes(...ascii('hello.png is text')))).toBeNull()
    expect(sniffImageType(bytes(...ascii('<svg xmlns="')))).toBeNull()
    expect(sniffImageType(bytes(...ascii('RIFF'), 1, 2, 3, 4, ...ascii('WAVE')))).toBeNull()
    expect(sniffImageType(bytes(0x89, 0x50))).toBeNull()
    expect(sniffImageType(bytes())).toBeNull()
  })
})
