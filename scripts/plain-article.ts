/**
 * One of our guide articles as a plain Nextra 3 page: the same front matter, words, headings, tables,
 * code blocks and callouts, without anything of ours. The bench builds these into a vanilla Nextra
 * site, so an article's JavaScript is compared with what Nextra alone ships for the same words.
 *
 * Removed, outside code blocks: imports of our modules, `export const` statements (our
 * getStaticProps), and our components where they stand on a line of their own (the Snippet blocks,
 * whose code is page data, not JavaScript). Components from nextra/components stay. Any other
 * component left in the text fails, naming the article and the component.
 */
const nextraImport = /^import \{ ([\w, ]+) \} from 'nextra\/components'$/
const anyImport = /^import .*$/
const exportStatement = /^export const \w+ =[\s\S]*?\n(?=\s*\n)/gm
const componentLine = /^<([A-Z]\w*)\b[^>]*\/>[ \t]*$/gm
const componentTag = /<([A-Z]\w*)\b/g
const fencedCode = /^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[ \t]*$/gm

/** Applies `edit` to the text between fenced code blocks, leaving the blocks as they are. */
function outsideCode(text: string, edit: (prose: string) => string): string {
  let result = ''
  let from = 0
  for (const block of text.matchAll(fencedCode)) {
    result += edit(text.slice(from, block.index)) + block[0]
    from = block.index + block[0].length
  }
  return result + edit(text.slice(from))
}

export function toPlainArticle(source: string, file: string): string {
  const frontMatter = /^---\n[\s\S]*?\n---\n/.exec(source)?.[0] ?? ''
  const kept = new Set<string>()
  const plain = outsideCode(source.slice(frontMatter.length), (prose) =>
    prose
      .split('\n')
      .filter((line) => {
        const nextra = nextraImport.exec(line)
        nextra?.[1]!.split(',').forEach((name) => kept.add(name.trim()))
        return Boolean(nextra) || !anyImport.test(line)
      })
      .join('\n')
      .replace(exportStatement, '')
      .replace(componentLine, (line, name: string) => (kept.has(name) ? line : ''))
      .replace(/\n{3,}/g, '\n\n'),
  )
  outsideCode(plain, (prose) => {
    for (const [, name] of prose.matchAll(componentTag)) {
      if (!kept.has(name!)) {
        throw new Error(
          `${file}: <${name}> is not a Nextra component and does not stand on a line of its own`,
        )
      }
    }
    return prose
  })
  return frontMatter + plain
}
