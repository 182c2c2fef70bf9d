import { getSingletonHighlighter } from 'shiki'

/**
 * Syntax highlighting at build time, in the markup Nextra's own code blocks use: one
 * `<span data-line>` per line, colours as --shiki-light / --shiki-dark variables so the theme
 * switch recolours them with CSS alone. No highlighter reaches the browser.
 */

export const codeThemes = { light: 'github-light-default', dark: 'github-dark-default' } as const
const languages = ['ts', 'tsx', 'json', 'bash'] as const
export type CodeLanguage = (typeof languages)[number]

export function languageOf(file: string): CodeLanguage {
  if (file.endsWith('.tsx')) return 'tsx'
  if (file.endsWith('.json')) return 'json'
  if (file.endsWith('.sh')) return 'bash'
  return 'ts'
}

/** The inner HTML of a `<code class="nextra-code">` element for this code. */
export async function highlightToLines(code: string, lang: CodeLanguage, highlighted = new Set<number>()) {
  const highlighter = await getSingletonHighlighter({
    themes: Object.values(codeThemes),
    langs: [...languages],
  })
  const html = highlighter.codeToHtml(code, {
    lang,
    themes: codeThemes,
    defaultColor: false,
    // No 500 ms limit per line: on a busy machine shiki would colour the rest of the block from where
    // it stopped, and two builds of the same page would differ.
    tokenizeTimeLimit: 0,
    transformers: [
      {
        line(node, line) {
          node.properties['data-line'] = ''
          delete node.properties.class
          if (highlighted.has(line)) node.properties['data-highlighted-line'] = ''
        },
      },
    ],
  })
  const inner = /<code[^>]*>([\s\S]*)<\/code><\/pre>$/.exec(html)?.[1]
  if (inner === undefined) throw new Error('Unexpected highlighter output')
  return inner
}
