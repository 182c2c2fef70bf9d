import { fileURLToPath } from 'node:url'
import standIns from './stand-ins.json' with { type: 'json' }

const path = (relative: string) => fileURLToPath(new URL(relative, import.meta.url))
const escape = (name: string) => name.replace(/[/-]/g, '\\$&')

/**
 * How test code resolves the app's imports, as its tsconfig and the site's Run panel do: `@/` is the
 * app's root, and the `next/*` APIs it calls outside Next.js are the recording stand-ins beside this
 * file (the same table the Run panel's webpack loader reads).
 */
export const exampleAliases = [
  { find: /^@\//, replacement: path('../') },
  ...Object.entries(standIns).map(([name, file]) => ({
    find: new RegExp(`^${escape(name)}$`),
    replacement: path(`./${file}`),
  })),
]
