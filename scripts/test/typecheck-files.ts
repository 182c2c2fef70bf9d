import path from 'node:path'
import ts from 'typescript'

const root = path.join(import.meta.dirname, '../..')
// Declarations read from disk (DOM, Node, Next.js, React), shared by every program of this process.
const sourceCache = new Map<string, ts.SourceFile>()

/**
 * The compiler options of content/examples/tsconfig.json, for files that live under `installDir`
 * (whose node_modules holds next, react and zod). `@/` is resolved per project, see below.
 */
function optionsFor(installDir: string): ts.CompilerOptions {
  return {
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.dom.d.ts', 'lib.dom.iterable.d.ts', 'lib.es2022.d.ts'],
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    esModuleInterop: true,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    isolatedModules: true,
    jsx: ts.JsxEmit.Preserve,
    noUncheckedIndexedAccess: true,
    typeRoots: [path.join(installDir, 'node_modules/@types')],
    types: ['node', 'react'],
  }
}

/**
 * Type-checks several projects held in memory in ONE TypeScript program, each in its own folder
 * with its own `@/`, against the `next` installed in `installDir` (this repository's, the pinned
 * 15.5, unless another install is named, such as the example app's copy on 16). Parsing the DOM,
 * Node and Next.js declarations once is most of the cost, so forty scaffolds take about what one
 * does. Returns each project's errors as "file:line: message" lines.
 */
export function typecheckProjects(
  projects: Record<string, Record<string, string>>,
  installDir: string = root,
): Record<string, string[]> {
  const base = path.join(installDir, '.typecheck')
  const options = optionsFor(installDir)
  const host = ts.createCompilerHost(options)
  const inMemory = new Map<string, string>()
  for (const [name, files] of Object.entries(projects)) {
    const withTypes = { 'next-env.d.ts': '/// <reference types="next" />\n', ...files }
    for (const [file, text] of Object.entries(withTypes)) inMemory.set(path.join(base, name, file), text)
  }
  const projectDirOf = (file: string) => path.join(base, path.relative(base, file).split(path.sep)[0]!)
  const readFile = host.readFile.bind(host)
  const fileExists = host.fileExists.bind(host)
  host.readFile = (file) => inMemory.get(file) ?? readFile(file)
  host.fileExists = (file) => inMemory.has(file) || fileExists(file)
  const directoryExists = host.directoryExists?.bind(host)
  host.directoryExists = (folder) =>
    [...inMemory.keys()].some((file) => file.startsWith(`${folder}/`)) || (directoryExists?.(folder) ?? true)
  const getSourceFile = host.getSourceFile.bind(host)
  host.getSourceFile = (file, language) => {
    const text = inMemory.get(file)
    if (text !== undefined) return ts.createSourceFile(file, text, language, true)
    const cached = sourceCache.get(file)
    if (cached) return cached
    const sourceFile = getSourceFile(file, language)
    if (sourceFile) sourceCache.set(file, sourceFile)
    return sourceFile
  }
  // `@/x` is the project's own x, as `paths: { "@/*": ["./*"] }` says in each project's tsconfig.
  const cache = ts.createModuleResolutionCache(base, (name) => name, options)
  host.resolveModuleNameLiterals = (literals, containingFile, _redirect, compilerOptions) =>
    literals.map((literal) => {
      let specifier = literal.text
      if (specifier.startsWith('@/') && inMemory.has(containingFile)) {
        const target = path.join(projectDirOf(containingFile), specifier.slice(2))
        specifier = path.relative(path.dirname(containingFile), target)
        if (!specifier.startsWith('.')) specifier = `./${specifier}`
      }
      return ts.resolveModuleName(specifier, containingFile, compilerOptions, host, cache)
    })
  const program = ts.createProgram({ rootNames: [...inMemory.keys()], options, host })
  const errors: Record<string, string[]> = Object.fromEntries(Object.keys(projects).map((name) => [name, []]))
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')
    const file = diagnostic.file?.fileName
    if (!file || diagnostic.start === undefined || !file.startsWith(`${base}/`)) {
      for (const list of Object.values(errors)) list.push(message)
      continue
    }
    const [name, ...rest] = path.relative(base, file).split(path.sep)
    const { line } = diagnostic.file!.getLineAndCharacterOfPosition(diagnostic.start)
    errors[name!]!.push(`${rest.join('/')}:${line + 1}: ${message}`)
  }
  return errors
}

/**
 * Type-checks one project's files held in memory against the pinned `next` types (see
 * typecheckProjects).
 */
export function typecheckFiles(name: string, files: Record<string, string>): string[] {
  return typecheckProjects({ [name]: files })[name]!
}
