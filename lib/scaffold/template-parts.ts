/**
 * A scaffold template: an example module of content/examples with every domain word ("project"
 * unless a recipe names another) replaced by a slot for the reader's feature name. Built at build
 * time (template.ts), filled in the browser (fill.ts). Plain JSON, so it can be fetched on demand.
 */
export type NameForm = 'camel' | 'pascal' | 'kebab' | 'words' | 'Words'
export type NameNumber = 'plural' | 'singular'
export type Slot = { form: NameForm; number: NameNumber }
export type TemplatePart = string | Slot

/** Whether these parts hold a slot for the reader's feature name. */
export const hasSlot = (parts: readonly TemplatePart[]) => parts.some((part) => typeof part !== 'string')

/** A slot in prose (a message, a string, a comment), where the name reads as words. */
export const isProseSlot = (slot: Slot) => slot.form === 'words' || slot.form === 'Words'

export type ScaffoldTemplate = {
  /** The module's path in the example app, itself a template ("features/{kebab}/service.ts"). */
  path: TemplatePart[]
  parts: TemplatePart[]
  /** Example files this module imports (resolved from `@/` and relative specifiers). */
  imports: string[]
  /** Identifiers that hold no feature word: a feature name must not turn another identifier into one. */
  fixedNames: string[]
  /** Identifiers that do hold one, as templates. */
  namedIdentifiers: TemplatePart[][]
}

/** Templates by templateKey(file, word): a module read for one domain word. */
export type ScaffoldTemplates = Record<string, ScaffoldTemplate>

/** The example app's domain word that a reader's feature name replaces, unless a recipe names another. */
export const defaultScaffoldWord = 'project'

/**
 * Where a module's template for one word is kept: the file itself for "project" (every outcome's),
 * `file#word` for a recipe's other word, so one file can be read for several words; `file#` for a
 * recipe whose code names nothing after one feature (the word '': nothing is replaced).
 */
export function templateKey(file: string, word: string = defaultScaffoldWord): string {
  return word === defaultScaffoldWord ? file : `${file}#${word}`
}

/** The example file a template key was made for. */
export function templateFile(key: string): string {
  return key.split('#')[0]!
}

/**
 * Where the build writes the templates for one word (public/), and the site fetches them on demand:
 * one file per word, so a page downloads only the modules its scaffold can use.
 */
export function scaffoldTemplatesUrl(word: string = defaultScaffoldWord): string {
  return `/generated/scaffold-templates/${word === '' ? 'no-word' : word}.json`
}
