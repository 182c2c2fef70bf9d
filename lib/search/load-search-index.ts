import { withBasePath } from '../base-path'
import { loadOnce } from '../load-once'
import { prepareIndex, type PreparedIndex } from './search-engine'
import { searchIndexPath, type SearchIndex } from './search-index'

/** The site's search index, fetched the first time a search box asks for it and kept for the visit. */
export const searchIndex = loadOnce<PreparedIndex>(async () => {
  const response = await fetch(withBasePath(searchIndexPath))
  if (!response.ok) throw new Error(`the search index answered ${response.status}`)
  return prepareIndex((await response.json()) as SearchIndex)
})
