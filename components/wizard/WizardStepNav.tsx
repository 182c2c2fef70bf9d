import Link from 'next/link'
import { wizardHref } from '../../lib/wizard/wizard-url'
import styles from './Wizard.module.css'

type Props = {
  /** What this step is called in the breadcrumb after "Decide"; none on the first question. */
  here: string | null
  /** The step before, with its answer marked; none on the first question. */
  backHref: string | null
  /** How the Back link names the step it leads to, for screen readers. */
  backTo: string
}

/**
 * Where the reader is in the wizard and the way one step back: plain links, so both work before
 * (and without) JavaScript.
 */
export function WizardStepNav({ here, backHref, backTo }: Props) {
  return (
    <>
      <nav aria-label="Breadcrumb" className={`nb-no-print ${styles.breadcrumb}`}>
        <ol>
          {here === null ? (
            <li aria-current="page">Decide</li>
          ) : (
            <>
              <li>
                <Link href={wizardHref([])}>Decide</Link>
              </li>
              <li aria-current="page">{here}</li>
            </>
          )}
        </ol>
      </nav>
      {backHref !== null && (
        <p className={`nb-no-print ${styles.back}`}>
          <Link href={backHref} className="nb-link">
            Back<span className="nb-visually-hidden"> to {backTo}</span>
          </Link>
        </p>
      )}
    </>
  )
}
