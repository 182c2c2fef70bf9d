import styles from './Wizard.module.css'

/** A result's own outline: links to its sections, in the order they come (the theme's is off in the wizard). */
export function OnThisPage({ sections }: { sections: ReadonlyArray<readonly [id: string, title: string]> }) {
  return (
    <nav aria-label="On this page" className={`nb-no-print ${styles.onThisPage}`}>
      <ul>
        {sections.map(([id, title]) => (
          <li key={id}>
            <a href={`#${id}`}>{title}</a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
