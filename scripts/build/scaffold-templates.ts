import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { decisionGraph } from '../../lib/graph/decision-graph'
import { scaffoldFiles } from '../../lib/graph/outcome-scaffold'
import { loadScaffoldTemplates } from '../../lib/build/scaffold-templates/template-library'
import { recipeLibrary } from '../../lib/recipes/recipe-library'
import { recipeScaffoldRoots, recipeScaffoldWord } from '../../lib/recipes/recipe-scaffold'
import {
  defaultScaffoldWord,
  scaffoldTemplatesUrl,
  type ScaffoldTemplates,
} from '../../lib/scaffold/template-parts'

/**
 * Templates for every outcome's and every recipe's scaffold, by word: each recipe is read for its
 * own word, outcomes for "project". Throws naming the outcome or recipe whose files are missing.
 */
export function scaffoldTemplatesByWord(): Record<string, ScaffoldTemplates> {
  const byWord: Record<string, ScaffoldTemplates> = {}
  const load = (label: string, roots: readonly string[], word: string) => {
    try {
      Object.assign((byWord[word] ??= {}), loadScaffoldTemplates(roots, word))
    } catch (error) {
      throw new Error(`${label}: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
  for (const [id, node] of Object.entries(decisionGraph.nodes)) {
    if (node.kind === 'outcome') load(`Outcome "${id}"`, scaffoldFiles(node), defaultScaffoldWord)
  }
  for (const recipe of recipeLibrary) {
    load(`Recipe "${recipe.slug}"`, recipeScaffoldRoots(recipe), recipeScaffoldWord(recipe))
  }
  return byWord
}

/** Every template of every word in one record (keys never collide: see templateKey). */
export function allScaffoldTemplates(): ScaffoldTemplates {
  return Object.assign({}, ...Object.values(scaffoldTemplatesByWord())) as ScaffoldTemplates
}

// A build step: writes public/generated/scaffold-templates/<word>.json, fetched on demand by result
// and recipe pages.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const publicDir = path.join(import.meta.dirname, '../../public')
    const byWord = scaffoldTemplatesByWord()
    rmSync(path.join(publicDir, path.dirname(scaffoldTemplatesUrl())), { recursive: true, force: true })
    for (const [word, templates] of Object.entries(byWord)) {
      const target = path.join(publicDir, scaffoldTemplatesUrl(word))
      mkdirSync(path.dirname(target), { recursive: true })
      writeFileSync(target, JSON.stringify(templates))
    }
    const modules = Object.values(byWord).reduce((sum, templates) => sum + Object.keys(templates).length, 0)
    console.log(`scaffold-templates: ${modules} example modules for ${Object.keys(byWord).length} words`)
  } catch (error) {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  }
}
