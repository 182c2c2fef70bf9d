import { readFileSync } from 'node:fs'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { runTargets } from './run-targets'

type DeclaredTarget = { id: string; file: string; imported: string }

/**
 * Every target as written in run-targets.ts: its id, its file and the module its load() imports.
 * Read from the source, since the test runner rewrites dynamic imports before load.toString() sees them.
 */
function declaredTargets(sourceText: string): DeclaredTarget[] {
  const source = ts.createSourceFile('run-targets.ts', sourceText, ts.ScriptTarget.Latest, true)
  const declared: DeclaredTarget[] = []
  const stringOf = (node: ts.Node | undefined) =>
    node && ts.isStringLiteralLike(node) ? node.text : undefined
  const importedBy = (node: ts.Node): string | undefined => {
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword)
      return stringOf(node.arguments[0])
    return ts.forEachChild(node, importedBy)
  }
  const visit = (node: ts.Node) => {
    if (ts.isObjectLiteralExpression(node)) {
      const fields = new Map(
        node.properties
          .filter(ts.isPropertyAssignment)
          .map((property) => [property.name.getText(source), property.initializer]),
      )
      const load = fields.get('load')
      if (load) {
        const [id, file, imported] = [
          stringOf(fields.get('id')),
          stringOf(fields.get('file')),
          importedBy(load),
        ]
        if (id === undefined || file === undefined || imported === undefined)
          throw new Error(
            `A target at line ${source.getLineAndCharacterOfPosition(node.getStart()).line + 1} needs a literal id, file and import()`,
          )
        declared.push({ id, file, imported })
      }
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return declared
}

/** Targets whose load() imports another module than their file, one line each. */
function loadMismatches(declared: DeclaredTarget[]): string[] {
  return declared
    .filter((target) => target.imported !== `./examples/${target.file.replace(/\.tsx?$/, '')}`)
    .map((target) => `${target.id}: file ${target.file}, but load() imports ${target.imported}`)
}

const sourceText = readFileSync(new URL('./run-targets.ts', import.meta.url), 'utf8')

describe('run targets', () => {
  it('load the very file they name', () => {
    const declared = declaredTargets(sourceText)
    // Every target the panel offers is read from the source, so none escapes the check.
    expect(declared.map((target) => target.id)).toEqual(runTargets.map((target) => target.id))
    expect(loadMismatches(declared)).toEqual([])
  })

  it('report a target whose load() imports another file', () => {
    const mismatched = sourceText.replace(
      "load: () => import('./examples/app/settings/actions')",
      "load: () => import('./examples/app/contact/actions')",
    )
    expect(mismatched).not.toBe(sourceText)
    expect(loadMismatches(declaredTargets(mismatched))).toEqual([
      'update-profile: file app/settings/actions.ts, but load() imports ./examples/app/contact/actions',
    ])
  })

  it('report a page target whose file is not the module it loads', () => {
    const mismatched = sourceText.replace("file: 'app/projects/page.tsx'", "file: 'app/projects/layout.tsx'")
    expect(mismatched).not.toBe(sourceText)
    expect(loadMismatches(declaredTargets(mismatched))).toEqual([
      'projects-page: file app/projects/layout.tsx, but load() imports ./examples/app/projects/page',
    ])
  })
})
