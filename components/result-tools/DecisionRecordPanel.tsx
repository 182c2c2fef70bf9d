import { useEffect, useState } from 'react'
import { withBasePath } from '../../lib/base-path'
import { checkedGraph as decisionGraph } from '../../lib/graph/checked-graph'
import { decisionRecord } from '../../lib/result-tools/decision-record'
import type { DeploymentId } from '../../lib/result-tools/deployment'
import type { FeatureName } from '../../lib/result-tools/feature-name'
import { CopyButton } from '../wizard/CopyButton'
import { saveFile } from './save-file'
import form from './Form.module.css'
import styles from './ResultTools.module.css'

type Props = { answers: string[]; feature: FeatureName | null; deployment: DeploymentId; sharePath: string }

/** The decision as an architecture decision record in Markdown: copy it, download it, or read it here. */
export function DecisionRecordPanel({ answers, feature, deployment, sharePath }: Props) {
  const [origin, setOrigin] = useState('')
  useEffect(() => setOrigin(window.location.origin), [])
  const record = decisionRecord({
    graph: decisionGraph,
    answers,
    feature,
    // The reader's own calendar day, as YYYY-MM-DD.
    date: new Date().toLocaleDateString('en-CA'),
    deployment,
    shareUrl: origin + withBasePath(sharePath),
  })
  const fileName = `decision-${feature ? feature.kebab.plural : answers.at(-1)}.md`

  return (
    <div>
      <h2 className={form.heading}>Decision record</h2>
      <p className={form.lead}>
        The questions, your answers and their reasons, the boundaries chosen and the alternatives, in Markdown
        for your repository or your team’s wiki.
      </p>
      <p className={styles.fileActions}>
        <CopyButton text={record} label="Copy as Markdown" copied="Decision record copied." />
        <button
          type="button"
          className={form.secondary}
          onClick={() => saveFile(fileName, new Blob([record], { type: 'text/markdown' }))}
        >
          Download {fileName}
        </button>
      </p>
      <details className={styles.file}>
        <summary>Read the record</summary>
        <pre className={styles.code} tabIndex={0} data-testid="decision-record">
          <code>{record}</code>
        </pre>
      </details>
    </div>
  )
}
