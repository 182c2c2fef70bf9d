import { useData } from 'nextra/hooks'
import type { PatternPageData } from '../../lib/build/page-data/pattern-page-data'
import { FileTreeView } from '../wizard/FileTreeView'
import { RunPanel } from '../run-panel/RunPanel'
import styles from './PatternSections.module.css'
import { SnippetView } from '../snippet/SnippetView'

/**
 * The sections of a pattern page, each placed under its own heading in the MDX (so the headings
 * reach the table of contents and search). The data comes from patternStaticProps.
 */

function usePattern(): PatternPageData {
  return useData() as PatternPageData
}

export function PatternFiles() {
  return <FileTreeView nodes={usePattern().fileTree} />
}

export function PatternCode() {
  const { files, snippets } = usePattern()
  return files.map(({ file, role, key }) => (
    <section key={file} aria-label={file}>
      <p className={styles.fileRole}>
        <code>{file}</code>: {role}.
      </p>
      <SnippetView snippet={snippets[key]!} />
    </section>
  ))
}

export function PatternChecks() {
  return (
    <ul className={styles.checks}>
      {usePattern().checks.map((check) => (
        <li key={check}>{check}</li>
      ))}
    </ul>
  )
}

export function PatternRun() {
  return <RunPanel targets={usePattern().runTargets} />
}
