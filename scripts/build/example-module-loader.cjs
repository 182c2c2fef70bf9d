// Webpack loader for the Run panel: lets modules of content/examples run in the browser.
// Before Next.js compiles them, their imports of next/cache, next/headers, next/navigation and
// server-only point at the recording stand-ins in content/examples/runtime, and a 'use server'
// directive becomes a comment (in the panel an action is a plain async function the panel calls).
// Lines are kept, so positions in errors still match the file shown on the page.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack loads loaders as CommonJS here
const path = require('node:path')

const runtime = path.join(__dirname, '../../content/examples/runtime')
const standIns = {
  'next/cache': 'next-cache.ts',
  'next/headers': 'next-headers.ts',
  'next/navigation': 'next-navigation.ts',
  'server-only': 'server-only.ts',
}

module.exports = function exampleModuleLoader(source) {
  return source
    .replace(/^(['"])use server\1;?/m, '// (use server: a plain function in the Run panel)')
    .replace(
      /(from\s+|import\s+)(['"])(next\/cache|next\/headers|next\/navigation|server-only)\2/g,
      (_, keyword, quote, name) =>
        `${keyword}${quote}${path.join(runtime, standIns[name]).split(path.sep).join('/')}${quote}`,
    )
}
