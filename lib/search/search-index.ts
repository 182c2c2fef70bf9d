/**
 * The search index the build writes (lib/build/search) and the search box fetches on focus: every
 * page a reader can land on, whatever made it (an MDX article, a scenario, a wizard step), as plain
 * text cut into sections.
 */

/** Where the export holds the index (a site path: fetch it through withBasePath). */
export const searchIndexPath = '/generated/search-index.json'

export type SearchSection = {
  /** The section's heading; '' for the text before the first heading. */
  heading: string
  /** The heading's id on the page ('' for the top of the page). */
  anchor: string
  text: string
}

export type SearchPage = {
  /** A page kind id from the registry in lib/build/search/page-kinds.ts. */
  kind: string
  /** The site path with its trailing slash: '/scenarios/csv-export/'. */
  url: string
  title: string
  sections: SearchSection[]
}

export type SearchIndex = {
  /** What each page kind is called in the results: { scenario: 'Scenario', … }. */
  kinds: Record<string, string>
  pages: SearchPage[]
}
