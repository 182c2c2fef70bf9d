import Link from 'next/link'
import { Fragment } from 'react'
import {
  browseHref,
  browsePath,
  browseStatuses,
  parseBrowseParams,
  type SearchParams,
} from '@/features/projects/browse-params'
import { browseProjects } from '@/features/projects/browse-queries'

const statusLabels = { all: 'All', active: 'Active', archived: 'Archived' } as const

type Props = { searchParams: Promise<SearchParams> }

// Search, a filter and pages, all in the address. A GET form and links change the query string,
// and this Server Component renders the answer: no endpoint, no client state, and it works
// without JavaScript. On Next.js 15 and 16, searchParams is a Promise.
export default async function BrowseProjectsPage({ searchParams }: Props) {
  const params = parseBrowseParams(await searchParams)
  const { projects, total, page, pageCount } = browseProjects(params)
  return (
    <>
      <h1>Browse projects</h1>
      {/* The key remounts the form when q changes, so the box never shows an older search. */}
      <form action={browsePath} role="search" key={params.q}>
        <label htmlFor="q">Name contains</label>{' '}
        <input id="q" name="q" type="search" defaultValue={params.q} maxLength={100} />
        {params.status !== 'all' && <input type="hidden" name="status" value={params.status} />}
        <button type="submit">Search</button>
      </form>
      <nav aria-label="Status">
        {browseStatuses.map((status) => (
          <Fragment key={status}>
            <Link
              href={browseHref(params, { status, page: 1 })}
              aria-current={status === params.status ? 'true' : undefined}
            >
              {statusLabels[status]}
            </Link>{' '}
          </Fragment>
        ))}
      </nav>
      <p>{total === 1 ? '1 project' : `${total} projects`} found</p>
      <ul>
        {projects.map((project) => (
          <li key={project.id}>
            {project.name} <small>{project.status}</small>
          </li>
        ))}
      </ul>
      <nav aria-label="Pages">
        {page > 1 && <Link href={browseHref(params, { page: page - 1 })}>Previous page</Link>}{' '}
        <span>
          Page {page} of {pageCount}
        </span>{' '}
        {page < pageCount && <Link href={browseHref(params, { page: page + 1 })}>Next page</Link>}
      </nav>
    </>
  )
}
