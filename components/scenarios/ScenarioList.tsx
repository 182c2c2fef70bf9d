import Link from 'next/link'
import { useData } from 'nextra/hooks'
import { useId, useState } from 'react'
import type { ScenarioSummary } from '../../lib/build/page-data/scenario-page-data'
import { filterWords, matchesWords } from '../../lib/text-filter'
import styles from './ScenarioList.module.css'

/** Every scenario, with a filter. Without JavaScript the whole list shows and the filter stays hidden. */
export function ScenarioList() {
  const { scenarios } = useData() as { scenarios: ScenarioSummary[] }
  const [query, setQuery] = useState('')
  const inputId = useId()
  const words = filterWords(query)
  const shown = scenarios.filter((scenario) =>
    matchesWords(`${scenario.title} ${scenario.description} ${scenario.boundaryNames.join(' ')}`, words),
  )
  return (
    <div className={styles.scenarios}>
      <div className={styles.filter}>
        <label htmlFor={inputId}>Filter scenarios</label>
        <input
          id={inputId}
          type="search"
          value={query}
          placeholder="webhook, form, Route Handler…"
          onChange={(event) => setQuery(event.target.value)}
        />
        <span role="status" className={styles.count}>
          {shown.length === scenarios.length
            ? `${scenarios.length} scenarios`
            : `${shown.length} of ${scenarios.length} scenarios`}
        </span>
      </div>
      <ul className={styles.list}>
        {shown.map((scenario) => (
          <li key={scenario.slug} className={styles.item}>
            <Link href={scenario.href} className={`nb-link ${styles.title}`}>
              {scenario.title}
            </Link>
            <span>{scenario.description}</span>
            <span className={styles.answer}>Answer: {scenario.boundaryNames.join(' + ')}</span>
          </li>
        ))}
      </ul>
      {shown.length === 0 && (
        <p>No scenario matches “{query}”. Try fewer words, or answer the questions in the wizard.</p>
      )}
    </div>
  )
}
