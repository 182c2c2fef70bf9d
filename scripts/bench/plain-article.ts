/**
 * One of our guide articles as a plain Nextra 3 page: the same front matter, words, headings, tables,
 * code blocks and callouts, without anything of ours. The bench builds these into a vanilla Nextra
 * site, so an article's JavaScript is compared with what Nextra alone ships for the same words.
 *
 * Removed, outside code blocks: import statements (those from nextra/components stay), exported
 * statements (our getStaticProps), and our components where they stand on a line of their own (the
 * Snippet blocks, whose code is page data, not JavaScript). Any other component left in the text
 * fails, naming the article and the component, and so does anything else the transform cannot judge.
 */
const importStatement = /^import\s[^;]*?\sfrom\s+(['"])([^'"]+)\1;?[ \t]*$/gm
const importedNames = /\{([^}]*)\}/
const exportStatement = /^export\s[\s\S]*?(?=\n[ \t]*\n|(?![\s\S]))/gm
const componentLine = /^<([A-Z]\w*)\b[^>]*\/>[ \t]*$/gm
const componentTag = /<([A-Z]\w*)\b/g
const fencedCode = /^([ \t]*)(`{3,}|~{3,})[^\n]*\n[\s\S]*?^[ \t]*\2[ \t]*$/gm
const inlineCodeOrComment = /``[^`]*``|`[^`\n]*`|\{\/\*[\s\S]*?\*\/\}/g

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
  const keepNextraImports = (statement: string, _quote: string, from: string) => {
    if (from !== 'nextra/components') return ''
    const names = importedNames.exec(statement)?.[1] ?? ''
    names.split(',').forEach((name) => name.trim() && kept.add(name.trim()))
    return statement
  }
  const plain = outsideCode(source.slice(frontMatter.length), (prose) =>
    prose
      .replace(importStatement, keepNextraImports)
      .replace(exportStatement, '')
      .replace(componentLine, (line, name: string) => (kept.has(name) ? line : ''))
      .replace(/\n{3,}/g, '\n\n'),
  )
  outsideCode(plain, (prose) => {
    const text = prose.replace(inlineCodeOrComment, '')
    for (const [, name] of text.matchAll(componentTag)) {
      if (!kept.has(name!)) {
        throw new Error(
          `${file}: <${name}> is not a Nextra component and does not stand on a line of its own`,
        )
      }
    }
    const leftover = /^(?:import\s(?!.*\sfrom\s+['"]nextra\/components['"])|export\s).*$/m.exec(text)
    if (leftover) throw new Error(`${file}: cannot tell where this statement ends: ${leftover[0]}`)
    return prose
  })
  return frontMatter + plain
}
