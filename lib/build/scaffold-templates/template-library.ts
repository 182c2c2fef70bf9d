import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { selectRegion } from '../snippets/example-source'
import { scaffoldTemplate } from './template'
import { defaultScaffoldWord, templateKey, type ScaffoldTemplates } from '../../scaffold/template-parts'

export const examplesDir = path.join(import.meta.dirname, '../../../content/examples')

/**
 * Templates for these example files and everything they import, read from content/examples for one
 * domain word and keyed by templateKey. Runs at build time; throws naming the file when a root or an
 * import does not exist.
 */
export function loadScaffoldTemplates(
  roots: Iterable<string>,
  word: string = defaultScaffoldWord,
  dir = examplesDir,
): ScaffoldTemplates {
  const templates: ScaffoldTemplates = {}
  const known = (file: string) => existsSync(path.join(dir, file)) && !file.endsWith('/')
  const queue = [...roots]
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    const key = templateKey(file, word)
    if (templates[key]) continue
    if (!known(file)) throw new Error(`Scaffold: no file ${file} in content/examples`)
    // The reader's copy has no `// #region` markers: they only cut snippets for the site's pages.
    const source = `${selectRegion(readFileSync(path.join(dir, file), 'utf8'), file)}\n`
    const template = scaffoldTemplate(file, source, known, word)
    templates[key] = template
    queue.push(...template.imports)
  }
  return templates
}
