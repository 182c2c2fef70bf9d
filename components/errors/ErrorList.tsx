import Link from 'next/link'
import { useData } from 'nextra/hooks'
import { useId, useState } from 'react'
import type { ErrorListData } from '../../lib/build/page-data/error-page-data'
import { filterWords, matchesWords } from '../../lib/text-filter'
import listStyles from '../scenarios/ScenarioList.module.css'
import styles from './Errors.module.css'

/** Every error page, grouped by where the message shows, with a filter; without JavaScript all show. */
export function ErrorList() {
  const { groups } = useData() as ErrorListData
  const [query, setQuery] = useState('')
  const inputId = useId()
  const words = filterWords(query)
  const total = groups.reduce((sum, group) => sum + group.entries.length, 0)
  const shownGroups = groups.map((group) => ({
    ...group,
    entries: group.entries.filter((entry) =>
      matchesWords([entry.title, entry.description, entry.searchText, group.title].join(' '), words),
    ),
  }))
  const shown = shownGroups.reduce((sum, group) => sum + group.entries.length, 0)
  return (
    <div className={listStyles.scenarios}>
      <div className={listStyles.filter}>
        <label htmlFor={inputId}>Filter errors</label>
        <input
          id={inputId}
          type="search"
          value={query}
          placeholder="Paste a message, or 405, CORS, await…"
          onChange={(event) => setQuery(event.target.value)}
        />
        <span role="status" className={listStyles.count}>
          {shown === total ? `${total} errors` : `${shown} of ${total} errors`}
        </span>
      </div>
      {shownGroups.map(
        (group) =>
          group.entries.length > 0 && (
            <section key={group.id} aria-labelledby={`place-${group.id}`}>
              <h2 id={`place-${group.id}`} className={styles.groupHeading}>
                {group.title}
              </h2>
              <ul className={listStyles.list}>
                {group.entries.map((entry) => (
                  <li key={entry.slug} className={listStyles.item}>
                    <Link href={entry.href} className={`nb-link ${listStyles.title}`}>
                      {entry.title}
                    </Link>
                    {entry.message && <code className={styles.listMessage}>{entry.message}</code>}
                  </li>
                ))}
              </ul>
            </section>
          ),
      )}
      {shown === 0 && (
        <p>
          No error matches “{query}”. Try fewer words: leave out names, paths and numbers that are yours, or
          use the search box at the top.
        </p>
      )}
    </div>
  )
}
