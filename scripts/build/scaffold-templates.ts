import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { decisionGraph } from '../../lib/graph/decision-graph'
import { scaffoldFiles } from '../../lib/graph/outcome-scaffold'
import { loadScaffoldTemplates } from '../../lib/build/scaffold-templates/template-library'
import { scaffoldTemplatesUrl, type ScaffoldTemplates } from '../../lib/scaffold/template-parts'

/** Templates for every outcome's scaffold; throws naming the outcome whose files are missing. */
export function allScaffoldTemplates(): ScaffoldTemplates {
  const templates: ScaffoldTemplates = {}
  for (const [id, node] of Object.entries(decisionGraph.nodes)) {
    if (node.kind !== 'outcome') continue
    try {
      Object.assign(templates, loadScaffoldTemplates(scaffoldFiles(node)))
    } catch (error) {
      throw new Error(`Outcome "${id}": ${error instanceof Error ? error.message : String(error)}`)
    }
  }
  return templates
}

// A build step: writes public/generated/scaffold-templates.json, fetched on demand by result pages.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const target = path.join(import.meta.dirname, '../../public', scaffoldTemplatesUrl)
    mkdirSync(path.dirname(target), { recursive: true })
    const templates = allScaffoldTemplates()
    writeFileSync(target, JSON.stringify(templates))
    console.log(`scaffold-templates: ${Object.keys(templates).length} example modules`)
  } catch (error) {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  }
}
