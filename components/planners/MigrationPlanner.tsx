import Link from 'next/link'
import { useRouter } from 'next/router'
import { Fragment, useEffect, useMemo, useState, type FormEvent, type Ref } from 'react'
import { checkedGraph } from '../../lib/graph/checked-graph'
import {
  callerLabels,
  planMigration,
  targetLabels,
  type MigrationPlan,
} from '../../lib/planners/migration-plan'
import { plannerFields, routeListErrors } from '../../lib/planners/plan-validation'
import { firstValue } from '../../lib/query-string'
import { wizardHref } from '../../lib/wizard/wizard-url'
import { requestFocus, useFocusOnRequest } from '../site/produced-focus'
import form from '../result-tools/Form.module.css'
import styles from '../result-tools/ResultTools.module.css'
import { ErrorSummary } from './ErrorSummary'
import planners from './Planners.module.css'

export const exampleRoutes = [
  'pages/api/projects/index.ts: own page read',
  'pages/api/projects/[id].ts: own form, mobile',
  'pages/api/settings.ts: own form',
  'pages/api/search.ts: browser fetch',
  'pages/api/webhooks/stripe.ts: webhook',
  'pages/api/cron/cleanup.ts: scheduler',
  'pages/api/v1/products.ts: public',
  'pages/api/export/projects.ts: file/feed',
  'pages/api/health.ts',
].join('\n')

/**
 * The pages/api migration planner: the reader's routes in, a target per route out, in the order to
 * move them. It runs in the browser; the list is kept in the address so a plan can be shared.
 */
// The plan's columns: their headers, and the label each cell shows when rows become cards on a phone.
const planColumns = ['Order', 'Route', 'Called by', 'Target, and why'] as const

export function MigrationPlanner() {
  const router = useRouter()
  const [text, setText] = useState('')
  // The list that was planned lives in the address (?routes=…), so a plan can be shared.
  const planned = router.isReady ? firstValue(router.query.routes) : undefined
  const plan = useMemo(() => (planned === undefined ? null : planMigration(checkedGraph, planned)), [planned])
  const errors = plan ? routeListErrors(plan) : []
  const results = useFocusOnRequest<HTMLHeadingElement>('migration-results')
  // Renders once more on a submit of the same list, which changes no address, so focus still moves.
  const [submissions, setSubmissions] = useState(0)

  // A shared link opens with its list in the box.
  useEffect(() => {
    if (planned) setText(planned)
  }, [planned])

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    // Focus goes to what the submit produced: the error summary, or the plan (produced-focus.ts).
    const errorsOfText = routeListErrors(planMigration(checkedGraph, text))
    requestFocus(errorsOfText.length > 0 ? 'error-summary' : 'migration-results')
    setSubmissions(submissions + 1)
    void router.replace({ pathname: router.pathname, query: { routes: text } }, undefined, {
      shallow: true,
      scroll: false,
    })
  }

  return (
    <div className={styles.tools}>
      {errors.length > 0 && <ErrorSummary title="There is a problem" errors={errors} takesFocus />}
      <form className={form.form} method="get" onSubmit={submit} noValidate>
        <label className={form.label} htmlFor={plannerFields.routes}>
          Your pages/api routes, one per line
        </label>
        <p className={form.lead} id="routes-help">
          Start each line with the file path, then a colon and who calls it:{' '}
          {Object.values(callerLabels).join(', ')}. Separate several callers with commas, and write nobody for
          a route no one calls. Lines starting with # are skipped. For example:{' '}
          <code>pages/api/projects/[id].ts: own form, mobile</code>
        </p>
        <textarea
          id={plannerFields.routes}
          name="routes"
          className={styles.textarea}
          rows={10}
          spellCheck={false}
          aria-describedby="routes-help"
          aria-invalid={errors.length > 0 ? true : undefined}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
        <p className={styles.fileActions}>
          <button type="submit" className={form.submit}>
            Plan the migration
          </button>
          <button type="button" className={form.secondary} onClick={() => setText(exampleRoutes)}>
            Use an example list
          </button>
        </p>
        <noscript>
          <p className={form.lead}>The planner runs in your browser and needs JavaScript.</p>
        </noscript>
      </form>
      {plan && plan.routes.length > 0 && <PlanView plan={plan} headingRef={results} />}
    </div>
  )
}

function PlanView({ plan, headingRef }: { plan: MigrationPlan; headingRef: Ref<HTMLHeadingElement> }) {
  const ordered = [...plan.routes].sort((a, b) => a.order - b.order)
  return (
    <div data-testid="migration-plan">
      <h2 ref={headingRef} className={`${form.heading} ${planners.revealed}`} tabIndex={-1}>
        {plan.routes.length === 1 ? 'One route' : `${plan.routes.length} routes`}, in the order to move them
      </h2>
      <p className={form.lead}>
        Extract the shared services first, so every entry point calls the same rule. Then move reads, forms
        and finally the URLs other systems call. A Route Handler and a pages/api file cannot answer the same
        URL: delete the old file in the same change.
      </p>
      {/* A focusable scrolling region like the MDX tables' (ScrollableTable), written out here so that
          component stays inside the theme's chunk instead of becoming a shared module. */}
      <div
        className="nb-table-scroll nextra-scrollbar"
        role="region"
        aria-label="Migration plan"
        tabIndex={0}
      >
        <table className={`nb-table ${styles.planTable}`}>
          <thead>
            <tr>
              {planColumns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ordered.map((route) => (
              <tr key={route.line} data-route-line={route.line} data-target={route.target}>
                <td data-label={planColumns[0]}>{route.order}</td>
                <td data-label={planColumns[1]}>
                  <code className={planners.path}>
                    <BreakAfterSlashes path={route.route} />
                  </code>
                  <br />
                  <span className={`${styles.muted} ${planners.path}`}>
                    <BreakAfterSlashes path={route.url} />
                  </span>
                </td>
                <td data-label={planColumns[2]}>
                  {route.callers.map((caller) => callerLabels[caller]).join(', ') || 'not given'}
                </td>
                <td data-label={planColumns[3]}>
                  <strong>{targetLabels[route.target]}</strong>
                  {route.extractService && <> after extracting a service</>}
                  {route.newFile && (
                    <>
                      <br />
                      <code className={planners.path}>
                        <BreakAfterSlashes path={route.newFile} />
                      </code>
                    </>
                  )}
                  <br />
                  {route.reason}{' '}
                  {route.answers && (
                    <Link href={wizardHref(route.answers)} className="nb-link">
                      See the decision ({route.boundaries})
                    </Link>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  )
}

/**
 * A path that may wrap after each slash and only there ("pages/api/<wbr>projects/<wbr>[id].ts"): each
 * folder or file name, with its slash, is kept on one line, hyphens included.
 */
function BreakAfterSlashes({ path }: { path: string }) {
  const segments = path.split('/')
  return segments.map((segment, index) => (
    <Fragment key={index}>
      {index > 0 && <wbr />}
      <span className={planners.segment}>
        {segment}
        {index < segments.length - 1 && '/'}
      </span>
    </Fragment>
  ))
}
