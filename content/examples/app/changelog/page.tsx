import { changelogPageSize, listChangelog } from '@/features/changelog/queries'
import { ChangelogList } from './changelog-list'

// A public page: built once, then regenerated at most once a minute.
export const revalidate = 60

// The first page is in the HTML: readers and crawlers see it before any script runs. Only the
// pages after it come from the Route Handler, when the reader scrolls.
export default function ChangelogPage() {
  const firstPage = listChangelog({ limit: changelogPageSize.default })
  return (
    <>
      <h1>Changelog</h1>
      <ChangelogList firstPage={firstPage} />
    </>
  )
}
