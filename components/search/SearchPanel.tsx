import Link from 'next/link'
import { useEffect, useMemo, useState, type ReactNode, type RefObject } from 'react'
import { searchIndex } from '../../lib/search/load-search-index'
import {
  escapeRegExp,
  highlightWords,
  search,
  type PageHit,
  type PreparedIndex,
} from '../../lib/search/search-engine'
import { suggestTopics } from '../../lib/search/search-suggestions'
import styles from './Search.module.css'

export type SearchPanelProps = {
  id: string
  query: string
  input: RefObject<HTMLInputElement | null>
  /** The id of the option the arrow keys have reached, for the box's aria-activedescendant. */
  onActiveChange: (id: string | undefined) => void
  /** The reader opened a result. */
  onNavigate: () => void
}

export function preloadSearchIndex() {
  searchIndex.load().catch(() => {
    // Shown by the panel, which asks again.
  })
}

type IndexState = { state: 'loading' } | { state: 'ready'; index: PreparedIndex } | { state: 'failed' }

function useSearchIndex(): IndexState {
  const [state, setState] = useState<IndexState>(() => {
    const index = searchIndex.current()
    return index ? { state: 'ready', index } : { state: 'loading' }
  })
  useEffect(() => {
    if (state.state === 'ready') return
    let live = true
    searchIndex.load().then(
      (index) => live && setState({ state: 'ready', index }),
      () => live && setState({ state: 'failed' }),
    )
    return () => {
      live = false
    }
  }, [state.state])
  return state
}

/** Text with the words the reader searched for marked. */
function Marked({ text, words }: { text: string; words: string[] }) {
  if (words.length === 0) return <>{text}</>
  const pattern = new RegExp(`\\b(?:${words.map(escapeRegExp).join('|')})`, 'gi')
  const parts: ReactNode[] = []
  let last = 0
  for (const match of text.matchAll(pattern)) {
    if (match[0] === '') continue
    parts.push(text.slice(last, match.index), <mark key={match.index}>{match[0]}</mark>)
    last = match.index + match[0].length
  }
  parts.push(text.slice(last))
  return <>{parts}</>
}

type Row = { href: string; kind: 'page' | 'section'; hit: PageHit; heading?: string; excerpt: string }

function rowsOf(hits: PageHit[]): Row[] {
  return hits.flatMap((hit) => [
    { href: hit.url, kind: 'page' as const, hit, excerpt: hit.excerpt },
    ...hit.sections.map((section) => ({
      href: section.url,
      kind: 'section' as const,
      hit,
      heading: section.heading,
      excerpt: section.excerpt,
    })),
  ])
}

export function SearchPanel({ id, query, input, onActiveChange, onNavigate }: SearchPanelProps) {
  const indexState = useSearchIndex()
  const { hits, suggestions } = useMemo(() => {
    if (indexState.state !== 'ready') return { hits: [], suggestions: null }
    const hits = search(indexState.index, query)
    return { hits, suggestions: hits.length === 0 ? suggestTopics(indexState.index, query) : null }
  }, [indexState, query])
  const words = useMemo(() => highlightWords(query), [query])

  const rows = useMemo<Row[]>(() => {
    if (!suggestions) return rowsOf(hits)
    const wizard = {
      href: '/decide/',
      kind: 'page' as const,
      hit: {
        url: '/decide/',
        title: 'Answer a few questions in the wizard',
        kind: 'wizard',
        kindLabel: 'Wizard',
      },
      excerpt: 'Describe the piece of your feature and get the boundary it needs, with the reason.',
    } as Row
    return [wizard, ...rowsOf(suggestions.topics)]
  }, [hits, suggestions])

  const [active, setActive] = useState(-1)
  const optionId = (index: number) => `${id}-option-${index}`
  useEffect(() => setActive(-1), [rows])
  useEffect(() => {
    onActiveChange(active >= 0 ? optionId(active) : undefined)
    if (active >= 0) document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' })
    // optionId is derived from id, which never changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active, onActiveChange])

  // Arrow keys move through the options while focus stays in the box; Enter opens one.
  useEffect(() => {
    const box = input.current
    if (!box) return
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (rows.length === 0) return
      if (event.key === 'ArrowDown') setActive((index) => (index + 1) % rows.length)
      else if (event.key === 'ArrowUp') setActive((index) => (index <= 0 ? rows.length - 1 : index - 1))
      else if (event.key === 'Enter') document.getElementById(optionId(Math.max(active, 0)))?.click()
      else return
      event.preventDefault()
    }
    box.addEventListener('keydown', onKey)
    return () => box.removeEventListener('keydown', onKey)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [input, rows, active])

  const option = (row: Row, index: number) => (
    <Link
      key={row.href + index}
      id={optionId(index)}
      href={row.href}
      prefetch={false}
      role="option"
      aria-selected={index === active}
      tabIndex={-1}
      className={row.kind === 'page' ? styles.page : styles.section}
      data-search-page={row.kind === 'page' ? row.hit.url : undefined}
      onClick={onNavigate}
      onPointerMove={() => index !== active && setActive(index)}
    >
      {row.kind === 'page' ? (
        <>
          <span className={styles.kind}>{row.hit.kindLabel}</span>
          <span className={styles.title}>
            <Marked text={row.hit.title} words={words} />
          </span>
        </>
      ) : (
        <span className={styles.heading}>
          <Marked text={row.heading ?? ''} words={words} />
        </span>
      )}
      {row.excerpt ? (
        <span className={styles.excerpt}>
          <Marked text={row.excerpt} words={words} />
        </span>
      ) : null}
    </Link>
  )

  let index = 0
  const groups = (list: PageHit[]) =>
    list.map((hit) => (
      <div key={hit.url} role="group" aria-label={hit.title} className={styles.group}>
        {rowsOf([hit]).map((row) => option(row, index++))}
      </div>
    ))

  const found = hits.length
  return (
    <div
      id={id}
      className={`${styles.panel} nextra-search-results`}
      data-state={indexState.state === 'ready' ? (found ? 'results' : 'empty') : indexState.state}
      // Keeps focus in the box while a result is pressed, so the results stay until it opens.
      onMouseDown={(event) => event.preventDefault()}
    >
      <p role="status" className={indexState.state === 'ready' && found ? 'nb-visually-hidden' : styles.note}>
        {indexState.state === 'loading'
          ? 'Loading the search index…'
          : indexState.state === 'failed'
            ? 'Search could not load its index. Check the connection and try again.'
            : found
              ? `${found} ${found === 1 ? 'page' : 'pages'} found. Use the arrow keys to move through them.`
              : `No results for “${query.trim()}”.`}
        {suggestions?.didYouMean ? (
          <>
            {' '}
            Did you mean <strong>{suggestions.didYouMean}</strong>?
          </>
        ) : null}
      </p>
      {found ? (
        <div role="listbox" aria-label={`Results for ${query.trim()}`} className={styles.list}>
          {groups(hits)}
        </div>
      ) : suggestions ? (
        <>
          <p className={styles.suggestHeading} id={`${id}-suggestions`}>
            Try the wizard, or one of these topics:
          </p>
          <div role="listbox" aria-labelledby={`${id}-suggestions`} className={styles.list}>
            <div role="group" aria-label="The wizard" className={styles.group}>
              {option(rows[0]!, index++)}
            </div>
            {groups(suggestions.topics)}
          </div>
        </>
      ) : null}
    </div>
  )
}
