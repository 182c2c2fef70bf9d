/**
 * A scaffold template: an example module of content/examples with every "project" word replaced by
 * a slot for the reader's feature name. Built at build time (template.ts), filled in the browser
 * (fill.ts). Plain JSON, so it can be fetched on demand.
 */
export type NameForm = 'camel' | 'pascal' | 'kebab' | 'words' | 'Words'
export type NameNumber = 'plural' | 'singular'
export type Slot = { form: NameForm; number: NameNumber }
export type TemplatePart = string | Slot

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

export type ScaffoldTemplates = Record<string, ScaffoldTemplate>

/** Where the build writes every outcome's templates (public/), and the site fetches them on demand. */
export const scaffoldTemplatesUrl = '/generated/scaffold-templates.json'
