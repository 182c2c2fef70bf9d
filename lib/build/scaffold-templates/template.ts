import path from 'node:path'
import ts from 'typescript'
import type { NameNumber, ScaffoldTemplate, TemplatePart } from '../../scaffold/template-parts'

/** The domain word of the example app that a reader's feature name replaces. */
const word = /(project|Project)(s?)/g
const letterOrDigit = /[A-Za-z0-9]/

type Context = 'identifier' | 'path' | 'text'

function slotFor(match: string, plural: string, context: Context, before: string, following: string) {
  const after = following.charAt(0)
  const number: NameNumber = plural ? 'plural' : 'singular'
  const capital = match.startsWith('P')
  if (context === 'identifier' || letterOrDigit.test(before) || letterOrDigit.test(after)) {
    return { form: capital ? 'pascal' : 'camel', number } as const
  }
  if (context === 'path' || before === '/' || after === '/' || /^\.[a-z]/.test(following)) {
    return { form: 'kebab', number } as const
  }
  return { form: capital ? 'Words' : 'words', number } as const
}

/** Splits text into literal pieces and slots, by the rules of where the text stands. */
export function templateOf(text: string, context: Context): TemplatePart[] {
  const parts: TemplatePart[] = []
  let last = 0
  for (const match of text.matchAll(word)) {
    const start = match.index
    const end = start + match[0].length
    const before = text.charAt(start - 1)
    const after = text.charAt(end)
    // "projection" or "subproject" are other words; "projectId" and "ProjectStatus" are compounds.
    if ((match[1] === 'project' && /[a-z]/.test(before)) || /[a-z]/.test(after)) continue
    if (start > last) parts.push(text.slice(last, start))
    parts.push(slotFor(match[1]!, match[2]!, context, before, text.slice(end, end + 2)))
    last = end
  }
  if (last < text.length) parts.push(text.slice(last))
  return parts
}

const hasSlot = (parts: TemplatePart[]) => parts.some((part) => typeof part !== 'string')

function resolveImport(fromFile: string, specifier: string, known: (file: string) => boolean): string | null {
  let base: string
  if (specifier.startsWith('@/')) base = specifier.slice(2)
  else if (specifier.startsWith('.')) base = path.posix.join(path.posix.dirname(fromFile), specifier)
  else return null
  const candidate = [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`].find(known)
  if (!candidate) throw new Error(`${fromFile}: cannot resolve the import "${specifier}" in content/examples`)
  return candidate
}

/**
 * Reads an example module with the TypeScript parser and turns it into a template: identifiers get
 * camel or Pascal slots, import paths and URL paths get kebab slots, strings, JSX text and comments
 * get words.
 */
export function scaffoldTemplate(
  file: string,
  source: string,
  known: (file: string) => boolean,
): ScaffoldTemplate {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, kind)
  const spans: Array<{ start: number; end: number; context: Context }> = []
  const imports = new Set<string>()
  const fixedNames = new Set<string>()
  const namedIdentifiers = new Map<string, TemplatePart[]>()

  const visit = (node: ts.Node) => {
    if (ts.isIdentifier(node)) {
      spans.push({ start: node.getStart(sourceFile), end: node.end, context: 'identifier' })
      const parts = templateOf(node.text, 'identifier')
      if (hasSlot(parts)) namedIdentifiers.set(node.text, parts)
      else fixedNames.add(node.text)
    } else if (
      ts.isStringLiteral(node) &&
      (ts.isImportDeclaration(node.parent) || ts.isExportDeclaration(node.parent))
    ) {
      spans.push({ start: node.getStart(sourceFile), end: node.end, context: 'path' })
      const resolved = resolveImport(file, node.text, known)
      if (resolved) imports.add(resolved)
    } else if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node) ||
      ts.isJsxText(node)
    ) {
      spans.push({ start: node.getStart(sourceFile), end: node.end, context: 'text' })
    }
    ts.forEachChild(node, visit)
  }
  visit(sourceFile)

  // What lies between identifiers and literals is punctuation, keywords and comments: text rules.
  const parts: TemplatePart[] = []
  let position = 0
  for (const span of spans.sort((a, b) => a.start - b.start)) {
    if (span.start < position) continue
    parts.push(...templateOf(source.slice(position, span.start), 'text'))
    parts.push(...templateOf(source.slice(span.start, span.end), span.context))
    position = span.end
  }
  parts.push(...templateOf(source.slice(position), 'text'))

  return {
    path: templateOf(file, 'path'),
    parts: mergeStrings(parts),
    imports: [...imports].sort(),
    fixedNames: [...fixedNames].sort(),
    namedIdentifiers: [...namedIdentifiers.values()],
  }
}

function mergeStrings(parts: TemplatePart[]): TemplatePart[] {
  const merged: TemplatePart[] = []
  for (const part of parts) {
    const previous = merged.at(-1)
    if (typeof part === 'string' && typeof previous === 'string') merged[merged.length - 1] = previous + part
    else if (part !== '') merged.push(part)
  }
  return merged
}
