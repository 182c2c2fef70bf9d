import { describe, expect, it } from 'vitest'
import { examplePath, parseLineRanges, readExample, selectRegion, SnippetError } from './example-source'

const source = `import x from 'y'

// #region handler
export function GET() {
  return x
}
// #endregion handler

// #region other
const other = 1
// #endregion other
`

describe('example source', () => {
  it('shows one region without its markers, or the whole file without any markers', () => {
    expect(selectRegion(source, 'f.ts', 'handler')).toBe('export function GET() {\n  return x\n}')
    expect(selectRegion(source, 'f.ts')).toBe(
      "import x from 'y'\n\nexport function GET() {\n  return x\n}\n\nconst other = 1",
    )
  })

  it('names the file and region when a region is not marked', () => {
    expect(() => selectRegion(source, 'f.ts', 'missing')).toThrow(
      'Snippet region "missing" is not marked in f.ts.',
    )
  })

  it('refuses files outside content/examples and files that do not exist', () => {
    expect(() => examplePath('../../package.json')).toThrow(SnippetError)
    expect(() => examplePath('/etc/passwd')).toThrow('outside content/examples')
    expect(() => examplePath('app/nope/route.ts')).toThrow(
      '"app/nope/route.ts" does not exist in content/examples',
    )
  })

  it('reads a real example region', () => {
    expect(readExample('app/api/webhooks/stripe/route.ts', 'verify')).toMatch(
      /^ {2}\/\/ The signature covers/,
    )
  })

  it('parses highlighted line ranges within what is shown', () => {
    expect([...parseLineRanges('2-4,7', 10, 'f.ts')]).toEqual([2, 3, 4, 7])
    expect(parseLineRanges(undefined, 10, 'f.ts').size).toBe(0)
    for (const bad of ['0', '5-3', '11', 'a-b', '3,']) {
      expect(() => parseLineRanges(bad, 10, 'f.ts')).toThrow(/Snippet lines .* of f\.ts/)
    }
  })
})
