import path from 'node:path'
import ts from 'typescript'
import { capitalise, pluralOf } from '../../result-tools/feature-name'
import {
  defaultScaffoldWord,
  hasSlot,
  type NameNumber,
  type ScaffoldTemplate,
  type TemplatePart,
} from '../../scaffold/template-parts'

const identifierPart = /[A-Za-z0-9_$]/
// The top-level media types, which a domain word such as "video" or "image" may be.
const mediaTypes = new Set(['application', 'audio', 'font', 'image', 'model', 'text', 'video'])

type Context = 'identifier' | 'path' | 'text'

/** Finds the domain word a reader's feature name replaces, singular or plural, lower or upper case. */
function wordPattern(word: string): RegExp {
  const plural = pluralOf(word)
  return new RegExp(`(${[plural, capitalise(plural), word, capitalise(word)].join('|')})`, 'g')
}

function slotFor(match: string, number: NameNumber, context: Context, preceding: string, following: string) {
  const before = preceding.charAt(1)
  const after = following.charAt(0)
  const capital = /^[A-Z]/.test(match)
  // Joined to a name ("projectId", "answer_in_progress") or a query parameter ("?channel=…").
  if (
    context === 'identifier' ||
    identifierPart.test(before) ||
    identifierPart.test(after) ||
    after === '='
  ) {
    return { form: capital ? 'pascal' : 'camel', number } as const
  }
  // A path, a file name, a key joined with hyphens or colons ("daily-digest", "contact:ip:…").
  if (
    context === 'path' ||
    before === '/' ||
    after === '/' ||
    /^\.[a-z]/.test(following) ||
    /^-[a-z]/.test(following) ||
    /[a-z]-$/.test(preceding) ||
    /^:[^\s]/.test(following)
  ) {
    return { form: 'kebab', number } as const
  }
  return { form: capital ? 'Words' : 'words', number } as const
}

/** Splits text into literal pieces and slots for `word`, by the rules of where the text stands. */
export function templateOf(
  text: string,
  context: Context,
  word: string = defaultScaffoldWord,
): TemplatePart[] {
  if (word === '') return text === '' ? [] : [text]
  const parts: TemplatePart[] = []
  const plural = pluralOf(word)
  let last = 0
  for (const match of text.matchAll(wordPattern(word))) {
    const start = match.index
    const end = start + match[0].length
    const before = text.charAt(start - 1)
    const after = text.charAt(end)
    // "projection" or "subproject" are other words; "projectId" and "ProjectStatus" are compounds.
    if ((/^[a-z]/.test(match[0]) && /[a-z]/.test(before)) || /[a-z]/.test(after)) continue
    // "video/mp4" or "image/png" is a media type, not the feature.
    if (mediaTypes.has(match[0]) && /^\/[a-z]/.test(text.slice(end, end + 2))) continue
    if (start > last) parts.push(text.slice(last, start))
    const number: NameNumber = match[0].toLowerCase() === plural ? 'plural' : 'singular'
    parts.push(
      slotFor(
        match[0],
        number,
        context,
        text.slice(Math.max(0, start - 2), start).padStart(2),
        text.slice(end, end + 2),
      ),
    )
    last = end
  }
  if (last < text.length) parts.push(text.slice(last))
  return parts
}

/** A string that is the word alone, outside JSX prose attributes (title, alt, aria-label). */
function isWholeWordKey(node: ts.StringLiteral, word: string): boolean {
  if (word === '' || ![word, pluralOf(word)].includes(node.text.toLowerCase())) return false
  const parent = node.parent
  if (!ts.isJsxAttribute(parent)) return true
  return ['name', 'id', 'htmlFor', 'key', 'value'].includes(parent.name.getText())
}

function isIntrinsicTagName(node: ts.Identifier): boolean {
  const parent = node.parent
  const isTag =
    (ts.isJsxOpeningElement(parent) ||
      ts.isJsxClosingElement(parent) ||
      ts.isJsxSelfClosingElement(parent)) &&
    parent.tagName === node
  return isTag && /^[a-z]/.test(node.text)
}

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
 * Reads an example module with the TypeScript parser and turns it into a template for `word`:
 * identifiers get camel or Pascal slots, import paths of example files and URL paths get kebab
 * slots, strings, JSX text and comments get words. A package's import path stays as it is.
 */
export function scaffoldTemplate(
  file: string,
  source: string,
  known: (file: string) => boolean,
  word: string = defaultScaffoldWord,
): ScaffoldTemplate {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, kind)
  const spans: Array<{ start: number; end: number; context: Context | 'literal' }> = []
  const imports = new Set<string>()
  const fixedNames = new Set<string>()
  const namedIdentifiers = new Map<string, TemplatePart[]>()

  const visit = (node: ts.Node) => {
    if (ts.isIdentifier(node) && isIntrinsicTagName(node)) {
      // <article> or <video> is HTML, whatever the domain word.
      spans.push({ start: node.getStart(sourceFile), end: node.end, context: 'literal' })
      fixedNames.add(node.text)
    } else if (ts.isIdentifier(node)) {
      spans.push({ start: node.getStart(sourceFile), end: node.end, context: 'identifier' })
      const parts = templateOf(node.text, 'identifier', word)
      if (hasSlot(parts)) namedIdentifiers.set(node.text, parts)
      else fixedNames.add(node.text)
    } else if (
      ts.isStringLiteral(node) &&
      (ts.isImportDeclaration(node.parent) || ts.isExportDeclaration(node.parent))
    ) {
      const resolved = resolveImport(file, node.text, known)
      spans.push({ start: node.getStart(sourceFile), end: node.end, context: resolved ? 'path' : 'literal' })
      if (resolved) imports.add(resolved)
    } else if (ts.isRegularExpressionLiteral(node)) {
      // A pattern matches paths and keys the code builds, so it takes the same kebab case.
      spans.push({ start: node.getStart(sourceFile), end: node.end, context: 'path' })
    } else if (ts.isStringLiteral(node) && isWholeWordKey(node, word)) {
      // 'avatar' as a form field, an id prefix or an enum value is a name in code, not prose.
      spans.push({ start: node.getStart(sourceFile), end: node.end, context: 'identifier' })
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

  // What lies between identifiers and literals is punctuation, keywords and comments: only the
  // comments take words, so that "import" or "export" as a domain word leaves the keywords alone.
  const between = (text: string) =>
    text
      .split(/(\/\/[^\n]*|\/\*[\s\S]*?\*\/)/)
      .flatMap((piece, index) =>
        index % 2 === 1 ? templateOf(piece, 'text', word) : piece === '' ? [] : [piece],
      )
  const parts: TemplatePart[] = []
  let position = 0
  for (const span of spans.sort((a, b) => a.start - b.start)) {
    if (span.start < position) continue
    const text = source.slice(span.start, span.end)
    parts.push(...between(source.slice(position, span.start)))
    parts.push(...(span.context === 'literal' ? [text] : templateOf(text, span.context, word)))
    position = span.end
  }
  parts.push(...between(source.slice(position)))

  return {
    path: templateOf(file, 'path', word),
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
