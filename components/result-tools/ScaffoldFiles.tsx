import { strToU8, zipSync } from 'fflate'
import type { FeatureName } from '../../lib/result-tools/feature-name'
import { buildFileTree } from '../../lib/file-tree'
import type { ScaffoldFile, ScaffoldRenames } from '../../lib/scaffold/build-scaffold'
import { renameSummary } from '../../lib/scaffold/rename-summary'
import { useFocusOnRequest } from '../site/produced-focus'
import { CopyButton } from '../wizard/CopyButton'
import { FileTreeView } from '../wizard/FileTreeView'
import { saveFile } from './save-file'
import form from './Form.module.css'
import styles from './ResultTools.module.css'

const roles: Record<ScaffoldFile['kind'], string> = {
  start: 'start here: its checklist is at the top',
  feature: 'imported by the files above: adapt it to your feature',
  'stand-in': 'a stand-in from the example app: use your own',
}

/** The scaffold: the tree, each file to read and copy, and all of them as one .zip. */
export function ScaffoldFiles({
  name,
  files,
  renames,
  listedRoles = {},
}: {
  name: FeatureName
  files: ScaffoldFile[]
  renames: ScaffoldRenames
  /** What "Files to create" says each example file is for, by its path there. */
  listedRoles?: Record<string, string>
}) {
  const zipName = `${name.kebab.plural}-scaffold.zip`
  const headingRef = useFocusOnRequest<HTMLHeadingElement>('scaffold')

  function download() {
    const entries = Object.fromEntries(files.map((file) => [file.path, strToU8(file.contents)]))
    saveFile(zipName, new Blob([zipSync(entries)], { type: 'application/zip' }))
  }

  return (
    <div>
      <h2 ref={headingRef} tabIndex={-1} className={form.heading}>
        Starting files for {name.text}
      </h2>
      <p className={form.lead} data-testid="scaffold-renames">
        {renameSummary(renames)}
        {files.some((file) => file.kind === 'stand-in') &&
          ' The helpers under lib/ stand in for your database, sign-in and services: swap in your own.'}
      </p>
      <FileTreeView
        nodes={buildFileTree(
          files.map((file) => ({
            path: file.path,
            role:
              file.kind === 'start' && listedRoles[file.source]
                ? `start here: ${listedRoles[file.source]}; its checklist is at the top`
                : roles[file.kind],
          })),
        )}
      />
      <p>
        <button type="button" className={form.submit} onClick={download}>
          Download all as {zipName}
        </button>
      </p>
      {files.map((file) => (
        <details key={file.path} className={styles.file} data-scaffold-file={file.path}>
          <summary>
            <code>{file.path}</code>
          </summary>
          <div className={styles.fileActions}>
            <CopyButton text={file.contents} label={`Copy ${file.path.split('/').at(-1)}`} />
          </div>
          <pre className={styles.code} tabIndex={0}>
            <code>{file.contents}</code>
          </pre>
        </details>
      ))}
    </div>
  )
}
