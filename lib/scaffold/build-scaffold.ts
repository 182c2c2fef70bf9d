import type { FeatureName } from '../result-tools/feature-name'
import { fillTemplate } from './fill'
import {
  defaultScaffoldWord,
  hasSlot,
  isProseSlot,
  templateFile,
  templateKey,
  type ScaffoldTemplates,
} from './template-parts'

/**
 * What a scaffold is made for: one decision's or recipe's title, checklist and starting files, and
 * the example's domain word the reader's name replaces ("project" when left out).
 */
export type ScaffoldRequest = {
  title: string
  checklist: readonly string[]
  roots: readonly string[]
  word?: string
}

export type ScaffoldFile = {
  path: string
  /** The example file it is made from, as "Files to create" lists it. */
  source: string
  contents: string
  /**
   * `start`: a file the decision asks for, opening with its checklist; `feature`: feature code those
   * files import; `stand-in`: the example app's database, sign-in or HTTP helper, to swap for yours.
   */
  kind: 'start' | 'feature' | 'stand-in'
}

/** Every example file the roots need, the roots first, as template keys for `word`. */
export function scaffoldClosure(
  roots: readonly string[],
  templates: ScaffoldTemplates,
  word: string = defaultScaffoldWord,
): string[] {
  const keys: string[] = []
  const queue = [...roots]
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    const key = templateKey(file, word)
    if (keys.includes(key)) continue
    const template = templates[key]
    if (!template) throw new Error(`Scaffold: no template for ${file} (“${word}”)`)
    keys.push(key)
    queue.push(...template.imports)
  }
  return keys
}

/** What the reader's name changes in a scaffold: the paths and identifiers that hold the word. */
export type ScaffoldRenames = {
  word: string
  files: number
  /** Files whose path holds the word. */
  paths: number
  /** Distinct identifiers that hold it. */
  identifiers: number
  /** Whether messages, strings or comments hold it. */
  texts: boolean
}

/** Counts what the name replaces, so the page says exactly that and claims nothing more. */
export function scaffoldRenames(request: ScaffoldRequest, templates: ScaffoldTemplates): ScaffoldRenames {
  const word = request.word ?? defaultScaffoldWord
  const files = scaffoldClosure(request.roots, templates, word).map((key) => templates[key]!)
  const identifiers = new Set(
    files.flatMap((file) => file.namedIdentifiers.map((parts) => JSON.stringify(parts))),
  )
  return {
    word,
    files: files.length,
    paths: files.filter((file) => hasSlot(file.path)).length,
    identifiers: identifiers.size,
    texts: files.some((file) => file.parts.some((part) => typeof part !== 'string' && isProseSlot(part))),
  }
}

/**
 * The first identifier the feature name would turn into one that already exists (for example
 * "users" next to the store's users), or null when the name is safe for these files (template keys,
 * as scaffoldClosure gives them).
 */
export function scaffoldNameClash(
  files: readonly string[],
  templates: ScaffoldTemplates,
  name: FeatureName,
): string | null {
  const fixed = new Set(files.flatMap((key) => templates[key]!.fixedNames))
  for (const key of files) {
    for (const identifier of templates[key]!.namedIdentifiers) {
      const filled = fillTemplate(identifier, name)
      if (fixed.has(filled)) return filled
    }
  }
  return null
}

function checklistHeader(request: ScaffoldRequest): string {
  return [
    `// Checklist from Next Boundaries, “${request.title}”:`,
    ...request.checklist.map((item) => `// - [ ] ${item}`),
    '',
  ].join('\n')
}

/** The files to create for a decision or recipe, named after the reader's feature. */
export function buildScaffold(
  request: ScaffoldRequest,
  templates: ScaffoldTemplates,
  name: FeatureName,
): ScaffoldFile[] {
  const word = request.word ?? defaultScaffoldWord
  const rootKeys = request.roots.map((file) => templateKey(file, word))
  return scaffoldClosure(request.roots, templates, word).map((key) => {
    const template = templates[key]!
    const start = rootKeys.includes(key)
    const contents = fillTemplate(template.parts, name)
    const path = fillTemplate(template.path, name)
    return {
      path,
      source: templateFile(key),
      contents: start ? `${checklistHeader(request)}${contents}` : contents,
      kind: start ? 'start' : /^(lib|components)\//.test(path) ? 'stand-in' : 'feature',
    }
  })
}
