import { useEffect, useRef, useState, type ComponentType, type KeyboardEvent } from 'react'
import { loadOnce } from '../../lib/load-once'
import type { SearchPanelProps } from './SearchPanel'
import styles from './Search.module.css'

/** The results panel and the matching code load when the box first takes focus, not with the page. */
const panelModule = loadOnce(() => import('./SearchPanel'))

export const searchBoxId = 'site-search'
const panelId = 'site-search-panel'

/**
 * The theme renders its search component twice: in the header (with a class that hides it on
 * phones) and at the top of the phone menu (without one). This one lives in the header at every
 * width, so phones can search without opening the menu, and the menu gets none.
 */
export function SiteSearch({ className }: { className?: string }) {
  return className === undefined ? null : <SearchBox />
}

function SearchBox() {
  const inputRef = useRef<HTMLInputElement>(null)
  const [query, setQuery] = useState('')
  const [open, setOpen] = useState(false)
  const [activeId, setActiveId] = useState<string | undefined>()
  const [Panel, setPanel] = useState<ComponentType<SearchPanelProps> | undefined>(
    () => panelModule.current()?.SearchPanel,
  )

  // The shortcuts (/, Ctrl+K, ⌘K) are the page's: its loader focuses this box, before and after hydration.

  // Loads the panel whenever the box is open without it, however it was opened: by a focus, by text
  // the page's loader gave back once the header hydrated, or again after React remounted the box.
  useEffect(() => {
    if (!open || Panel) return
    let live = true
    panelModule.load().then(
      (module) => {
        module.preloadSearchIndex()
        if (live) setPanel(() => module.SearchPanel)
      },
      () => live && setPanel(() => PanelUnavailable),
    )
    return () => {
      live = false
    }
  }, [open, Panel])

  const close = () => {
    setOpen(false)
    setActiveId(undefined)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' && !open) {
      setOpen(true)
      event.preventDefault()
    }
    if (event.key !== 'Escape') return
    // Escape closes the results; a second Escape clears the box.
    if (open && query.trim()) close()
    else setQuery('')
    event.preventDefault()
  }

  const expanded = open && query.trim() !== ''
  return (
    <div
      className={styles.box}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) close()
      }}
    >
      <input
        ref={inputRef}
        id={searchBoxId}
        className={styles.input}
        type="search"
        role="combobox"
        aria-label="Search the site"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={expanded ? panelId : undefined}
        aria-activedescendant={expanded ? activeId : undefined}
        placeholder="Search…"
        autoComplete="off"
        spellCheck={false}
        value={query}
        onFocus={() => setOpen(true)}
        onChange={(event) => {
          setQuery(event.target.value)
          setOpen(true)
        }}
        onKeyDown={onKeyDown}
      />
      {expanded && Panel ? (
        <Panel
          id={panelId}
          query={query}
          input={inputRef}
          onActiveChange={setActiveId}
          onNavigate={() => {
            close()
            setQuery('')
            inputRef.current?.blur()
          }}
        />
      ) : null}
    </div>
  )
}

function PanelUnavailable({ id }: SearchPanelProps) {
  return (
    <div id={id} className={styles.panel}>
      <p className={styles.note}>Search could not load. Check the connection and try again.</p>
    </div>
  )
}
