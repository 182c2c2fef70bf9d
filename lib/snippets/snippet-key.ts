/** What a page asks for: a file of content/examples, optionally one region and highlighted lines. */
export type SnippetRequest = { file: string; region?: string; lines?: string }

/** What the page receives, computed at build: highlighted HTML of the code, ready to show. */
export type SnippetData = {
  file: string
  region: string | null
  html: string
  lineCount: number
  /** Which Next.js versions the file is type-checked and tested with, in a sentence. */
  verification: string
}

/** The key a snippet is stored under in a page's data; shared by the build and the Snippet component. */
export function snippetKey({ file, region, lines }: SnippetRequest): string {
  return [file, region ?? '', lines ?? ''].join('#')
}
