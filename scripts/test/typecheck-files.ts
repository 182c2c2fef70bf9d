import path from 'node:path'
import ts from 'typescript'

const root = path.join(import.meta.dirname, '../..')
const sourceCache = new Map<string, ts.SourceFile>()

/** The compiler options of content/examples/tsconfig.json, with `@/` at `dir`. */
function optionsFor(dir: string): ts.CompilerOptions {
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
    baseUrl: dir,
    paths: { '@/*': ['./*'] },
    // The root node_modules, where the pinned next, react and zod live.
    typeRoots: [path.join(root, 'node_modules/@types')],
    types: ['node', 'react'],
  }
}

/**
 * Type-checks files held in memory against the pinned `next` types, as if they were a project named
 * `name` inside this repository (so its node_modules are ours). Returns the errors as
 * "file:line: message" lines.
 */
export function typecheckFiles(name: string, files: Record<string, string>): string[] {
  const dir = path.join(root, '.typecheck', name)
  const options = optionsFor(dir)
  const host = ts.createCompilerHost(options)
  const withTypes = { 'next-env.d.ts': '/// <reference types="next" />\n', ...files }
  const inMemory = new Map(Object.entries(withTypes).map(([file, text]) => [path.join(dir, file), text]))
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
  const program = ts.createProgram({
    rootNames: [...inMemory.keys()],
    options,
    host,
  })
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')
    if (!diagnostic.file || diagnostic.start === undefined) return message
    const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start)
    return `${path.relative(dir, diagnostic.file.fileName)}:${line + 1}: ${message}`
  })
}
