/**
 * One of our guide articles as a plain Nextra 3 page: the same front matter, words, headings, tables,
 * code blocks and callouts, without anything of ours. The bench builds these into a vanilla Nextra
 * site, so an article's JavaScript is compared with what Nextra alone ships for the same words.
 *
 * The article is parsed into an MDX syntax tree with the remark stack Nextra 3 compiles it with
 * (remark-mdx, remark-frontmatter, remark-gfm), `remarkPlainArticle` removes what is ours, and
 * remark-stringify writes the tree back as MDX. Removed: every import and export (our Snippet and
 * snippet-data imports, our getStaticProps) except imports from nextra/components, and every component
 * that is not an HTML element or imported from nextra/components (our Snippet blocks, whose code is page
 * data, not JavaScript). Code blocks are leaves of the tree, so nothing inside them is touched.
 * Anything the page would lose words or break by, such as a component of ours with content, or an
 * expression using a removed name, fails with the article's name and line.
 */
import type { Program } from 'estree-jsx'
import type { Paragraph, Root } from 'mdast'
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkMdx from 'remark-mdx'
import remarkParse from 'remark-parse'
import remarkStringify from 'remark-stringify'
import { unified } from 'unified'
import { SKIP, visit } from 'unist-util-visit'
import type { VFile } from 'vfile'

/** The only module whose imports, and so whose components, a plain Nextra page keeps. */
const nextraComponents = 'nextra/components'

type Statement = Program['body'][number]
type EstreeNode = { type: string; computed?: unknown; [key: string]: unknown }

const isEstreeNode = (value: unknown): value is EstreeNode =>
  typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string'

/** Each identifier a piece of JavaScript mentions; property and attribute names are skipped as they bind nothing. */
function mentionedNames(node: unknown, names = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((item) => mentionedNames(item, names))
  if (!isEstreeNode(node)) return names
  if ((node.type === 'Identifier' || node.type === 'JSXIdentifier') && typeof node.name === 'string') {
    names.add(node.name)
  }
  for (const [key, value] of Object.entries(node)) {
    const isName =
      (key === 'property' && (node.type === 'MemberExpression' || node.type === 'JSXMemberExpression')) ||
      (key === 'key' && node.type === 'Property') ||
      (key === 'name' && node.type === 'JSXAttribute')
    if (!(isName && !node.computed) && key !== 'loc' && key !== 'range') mentionedNames(value, names)
  }
  return names
}

/** The names an import or export statement declares, which the rest of the article may use. */
function declaredNames(statement: Statement): string[] {
  if (statement.type === 'ImportDeclaration')
    return statement.specifiers.map((specifier) => specifier.local.name)
  const declaration = 'declaration' in statement ? statement.declaration : null
  if (declaration?.type === 'VariableDeclaration') {
    return declaration.declarations.flatMap((declarator) => [...mentionedNames(declarator.id)])
  }
  return declaration && 'id' in declaration && declaration.id ? [declaration.id.name] : []
}

/** Whether a JSX name is a component of ours: not an HTML element, and not imported from nextra/components. */
function isOurs(name: string | null, nextraNames: ReadonlySet<string>): boolean {
  // A fragment (name null) or a lowercase name without a dot is HTML, as in React's JSX.
  if (name === null || (/^[a-z]/.test(name) && !name.includes('.'))) return false
  return !nextraNames.has(name.split('.')[0]!)
}

/** The JavaScript an MDX node carries: an expression's, or each expression attribute's of an element. */
function programsOf(node: { type: string }): Program[] {
  const programs: (Program | null | undefined)[] = []
  if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
    programs.push((node as { data?: { estree?: Program | null } }).data?.estree)
  }
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
    for (const attribute of (node as MdxJsxFlowElement | MdxJsxTextElement).attributes) {
      if (attribute.type === 'mdxJsxExpressionAttribute') programs.push(attribute.data?.estree)
      else if (typeof attribute.value === 'object') programs.push(attribute.value?.data?.estree)
    }
  }
  return programs.filter((program): program is Program => !!program)
}

/**
 * The remark plugin: removes our imports and exports (keeping imports from nextra/components) and our
 * components from an MDX tree. Components of Nextra (those imported from nextra/components, such as
 * Callout) and HTML elements stay, with their content.
 */
export function remarkPlainArticle() {
  return (tree: Root, file: VFile): undefined => {
    const nextraNames = new Set<string>()
    const removedNames = new Set<string>()
    tree.children = tree.children.filter((node) => {
      if (node.type !== 'mdxjsEsm') return true
      const program = node.data?.estree
      const start = node.position?.start.offset
      if (!program || start === undefined) file.fail('cannot read this import or export', node)
      const kept = program.body.filter((statement) => {
        const keep = statement.type === 'ImportDeclaration' && statement.source.value === nextraComponents
        for (const name of declaredNames(statement)) (keep ? nextraNames : removedNames).add(name)
        return keep
      })
      if (kept.length === program.body.length) return true
      // One block of imports and exports is one node; keep the text of the statements that stay.
      node.value = kept
        .map(({ range }) => {
          if (!range) file.fail('cannot tell where this statement ends', node)
          return node.value.slice(range[0] - start, range[1] - start)
        })
        .join('\n')
      program.body = kept
      return kept.length > 0
    })

    const emptied = new Set<Paragraph>()
    visit(tree, (node, index, parent) => {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return
      if (!isOurs(node.name, nextraNames) || !parent || index === undefined) return
      const content = node.children.some((child) => child.type !== 'text' || child.value.trim() !== '')
      // Our component's own content would leave the page with it, so the words would differ.
      if (content)
        file.fail(`<${node.name}> is not a Nextra component and has content that would be lost`, node)
      // The parent's type is a union whose children arrays TypeScript cannot splice as they are.
      const siblings: { type: string }[] = parent.children
      siblings.splice(index, 1)
      if (node.type === 'mdxJsxTextElement') closeGap(parent.children, index)
      const blank = parent.children.every((child) => child.type === 'text' && child.value.trim() === '')
      if (parent.type === 'paragraph' && blank) emptied.add(parent)
      return [SKIP, index]
    })
    visit(tree, 'paragraph', (node, index, parent) => {
      if (!emptied.has(node) || !parent || index === undefined) return
      const siblings: { type: string }[] = parent.children
      siblings.splice(index, 1)
      return [SKIP, index]
    })

    visit(tree, (node) => {
      for (const program of programsOf(node)) {
        for (const name of mentionedNames(program)) {
          // The plain page would compile but fail to render, with a far less helpful message.
          if (removedNames.has(name))
            file.fail(`uses ${name}, which a removed import or export declared`, node)
        }
      }
    })
  }
}

/** Joins the words either side of a removed inline component with one space, not two or a trailing one. */
function closeGap(children: readonly { type: string; value?: unknown }[], index: number): void {
  const before = children[index - 1]
  const after = children[index]
  const text = (node: typeof before): node is { type: 'text'; value: string } => node?.type === 'text'
  if (text(before) && (!after || (text(after) && /^[\s,.;:!?)]/.test(after.value)))) {
    before.value = before.value.trimEnd()
  } else if (!before && text(after)) after.value = after.value.trimStart()
}

const processor = unified()
  .use(remarkParse)
  .use(remarkMdx)
  .use(remarkFrontmatter)
  // Each cell counts as 3 wide, the width of `---`: rows stay unpadded and delimiters `| --- |`, as we write them.
  .use(remarkGfm, { stringLength: () => 3 })
  .use(remarkPlainArticle)
  // Our Markdown style (Prettier's), so that every line we keep comes back as the article wrote it.
  .use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', rule: '-', fences: true })

/** A VFileMessage (a parse error, or a fail in the plugin) carries the line and column it is about. */
function located(file: string, error: unknown): Error {
  const { line, column } = (error ?? {}) as { line?: unknown; column?: unknown }
  const place = typeof line === 'number' ? `:${line}:${typeof column === 'number' ? column : 1}` : ''
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : ''
  const message = error instanceof Error ? error.message + cause : String(error)
  return new Error(`${file}${place}: ${message}`, { cause: error })
}

/** The article `source` as a plain Nextra page; `file` names it in errors. */
export function toPlainArticle(source: string, file: string): string {
  try {
    return String(processor.processSync({ path: file, value: source }))
  } catch (error) {
    throw located(file, error)
  }
}
