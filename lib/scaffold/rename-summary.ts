import type { ScaffoldRenames } from './build-scaffold'

const count = (number: number, one: string, many: string) => `${number} ${number === 1 ? one : many}`

/** What the reader's name changed in a scaffold, as the page says it: counted, never promised. */
export function renameSummary({ word, files, paths, identifiers, texts }: ScaffoldRenames): string {
  if (paths === 0 && identifiers === 0 && !texts) {
    return 'These files keep the example app’s names: nothing in them is named after one feature, so your feature’s name does not appear in them.'
  }
  const where = [
    paths > 0 ? `${paths} of the ${count(files, 'path', 'paths')}` : null,
    identifiers > 0 ? count(identifiers, 'identifier', 'identifiers') : null,
    texts ? 'the messages and comments that say it' : null,
  ].filter((part): part is string => part !== null)
  const list = where.length > 1 ? `${where.slice(0, -1).join(', ')} and ${where.at(-1)}` : where[0]
  return `Made from the example app’s modules. Your feature’s name replaces “${word}” in ${list}; other names stay as the example has them.`
}
