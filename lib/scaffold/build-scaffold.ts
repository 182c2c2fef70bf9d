import type { FeatureName } from '../result-tools/feature-name'
import { fillTemplate } from './fill'
import type { ScaffoldTemplates } from './template-parts'

/** What a scaffold is made for: one decision's title, checklist and starting files. */
export type ScaffoldRequest = { title: string; checklist: readonly string[]; roots: readonly string[] }

export type ScaffoldFile = {
  path: string
  contents: string
  /**
   * `start`: a file the decision asks for, opening with its checklist; `feature`: feature code those
   * files import; `stand-in`: the example app's database, sign-in or HTTP helper, to swap for yours.
   */
  kind: 'start' | 'feature' | 'stand-in'
}

/** Every example file the roots need, the roots first. */
export function scaffoldClosure(roots: readonly string[], templates: ScaffoldTemplates): string[] {
  const files: string[] = []
  const queue = [...roots]
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (files.includes(file)) continue
    const template = templates[file]
    if (!template) throw new Error(`Scaffold: no template for ${file}`)
    files.push(file)
    queue.push(...template.imports)
  }
  return files
}

/**
 * The first identifier the feature name would turn into one that already exists (for example
 * "users" next to the store's users), or null when the name is safe for these files.
 */
export function scaffoldNameClash(
  files: readonly string[],
  templates: ScaffoldTemplates,
  name: FeatureName,
): string | null {
  const fixed = new Set(files.flatMap((file) => templates[file]!.fixedNames))
  for (const file of files) {
    for (const identifier of templates[file]!.namedIdentifiers) {
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

/** The files to create for a decision, named after the reader's feature. */
export function buildScaffold(
  request: ScaffoldRequest,
  templates: ScaffoldTemplates,
  name: FeatureName,
): ScaffoldFile[] {
  return scaffoldClosure(request.roots, templates).map((file) => {
    const template = templates[file]!
    const start = request.roots.includes(file)
    const contents = fillTemplate(template.parts, name)
    const path = fillTemplate(template.path, name)
    return {
      path,
      contents: start ? `${checklistHeader(request)}${contents}` : contents,
      kind: start ? 'start' : /^(lib|components)\//.test(path) ? 'stand-in' : 'feature',
    }
  })
}
