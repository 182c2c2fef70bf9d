// Webpack loader for the Run panel: lets modules of content/examples run in the browser.
// Before Next.js compiles them, their imports of the next/* APIs and server-only point at the
// recording stand-ins in content/examples/runtime (the table in stand-ins.json, which the unit tests'
// aliases read too), and a 'use server' directive becomes a comment (in the panel an action is a
// plain async function the panel calls). Lines are kept, so positions in errors still match the file
// shown on the page.
// Why rewrite the import text instead of a webpack resolve.alias: Next.js's compiler rejects an
// import of server-only in a module that pages/ bundles by its import text, before webpack resolves
// (and would alias) it.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack loads loaders as CommonJS here
const path = require('node:path')
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the one table of stand-ins
const standIns = require('../../content/examples/runtime/stand-ins.json')

const runtime = path.join(__dirname, '../../content/examples/runtime')
const escaped = Object.keys(standIns).map((name) => name.replace(/[/-]/g, '\\$&'))
const standInImport = new RegExp(`(from\\s+|import\\s+)(['"])(${escaped.join('|')})\\2`, 'g')

module.exports = function exampleModuleLoader(source) {
  return source
    .replace(/^(['"])use server\1;?/m, '// (use server: a plain function in the Run panel)')
    .replace(
      standInImport,
      (_, keyword, quote, name) =>
        `${keyword}${quote}${path.join(runtime, standIns[name]).split(path.sep).join('/')}${quote}`,
    )
}
