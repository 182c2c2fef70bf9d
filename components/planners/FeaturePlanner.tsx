import Link from 'next/link'
import { useRouter } from 'next/router'
import { useMemo, useState, type FormEvent } from 'react'
import { withBasePath } from '../../lib/base-path'
import { checkedGraph } from '../../lib/graph/checked-graph'
import { resolve } from '../../lib/wizard/engine'
import {
  combinePlan,
  maxOperations,
  planHref,
  readPlanQuery,
  type Operation,
} from '../../lib/planners/feature-plan'
import {
  checkFeatureName,
  checkOperationName,
  checkOperationPath,
  plannerFields,
  routerLabel,
  type PlannerError,
} from '../../lib/planners/plan-validation'
import { parseFeatureName, type FeatureName } from '../../lib/result-tools/feature-name'
import { wizardHref } from '../../lib/wizard/wizard-url'
import { CopyLinkButton } from '../wizard/CopyLinkButton'
import { FeatureNameField } from '../result-tools/FeatureNameField'
import form from '../result-tools/Form.module.css'
import styles from '../result-tools/ResultTools.module.css'
import { ScaffoldSection } from '../result-tools/ScaffoldSection'
import { requestFocus, useFocusOnRequest } from '../site/produced-focus'
import { ErrorSummary } from './ErrorSummary'
import planners from './Planners.module.css'

/** What the name becomes in paths, in one sentence: the rule lives in lib/result-tools/feature-words.ts. */
function pathSentence(name: FeatureName): string {
  const leftOut = name.leftOut.length > 0 ? ` Left out of paths: ${name.leftOut.join(', ')}.` : ''
  return `Using “${name.text}”: its files go under features/${name.kebab.plural}/.${leftOut}`
}

/**
 * Plan a whole feature: add its operations one by one, each answered through the wizard's questions,
 * and get one plan: every entry point, the service they share, the files and one link for all of it.
 */
export function FeaturePlanner() {
  const router = useRouter()
  // The plan is the address: every change replaces the query, and the page reads it back from there.
  const plan = useMemo(
    () => readPlanQuery(checkedGraph, router.isReady ? router.query : {}),
    [router.isReady, router.query],
  )

  function save(feature: string | null, operations: Operation[]) {
    void router.replace(planHref(feature, operations), undefined, { shallow: true, scroll: false })
  }

  const parsed = parseFeatureName(plan.feature ?? '')
  const name = parsed.ok ? parsed.name : null
  const combined = combinePlan(plan.operations)
  const href = planHref(plan.feature, plan.operations)
  // After "Add to the plan", focus goes to the operation added (the list's last); after "Remove", to the list's heading.
  const addedRef = useFocusOnRequest<HTMLLIElement>('added-operation')
  const operationsRef = useFocusOnRequest<HTMLHeadingElement>('operations')

  // Errors of the last submit (the name, or the operation being added), shown in the summary on top.
  const [formErrors, setFormErrors] = useState<PlannerError[]>([])
  const [confirmation, setConfirmation] = useState('')

  function showErrors(errors: PlannerError[]) {
    // The summary takes focus when it renders (produced-focus.ts, shared with every other action).
    requestFocus('error-summary')
    setFormErrors(errors)
  }

  // Beside a field, the reason alone: the summary on top says where it came from.
  const errorFor = (field: string) =>
    formErrors.find((error) => error.field === field)?.message ??
    (field === plannerFields.feature ? (checkFeatureName(plan.feature) ?? undefined) : undefined)

  function rename(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const typed = String(new FormData(event.currentTarget).get('feature') ?? '')
    const checked = parseFeatureName(typed)
    if (!checked.ok) {
      setConfirmation('')
      showErrors([{ field: plannerFields.feature, message: checked.message }])
      return
    }
    setFormErrors([])
    setConfirmation(pathSentence(checked.name))
    save(checked.name.text, plan.operations)
  }

  return (
    <div className={styles.tools}>
      {formErrors.length > 0 && <ErrorSummary title="There is a problem" errors={formErrors} takesFocus />}
      {plan.problems.length > 0 && (
        <ErrorSummary
          title="Some of this link could not be restored"
          errors={plan.problems}
          testId="link-problems"
        />
      )}
      <form className={form.form} onSubmit={rename} noValidate>
        <FeatureNameField
          id={plannerFields.feature}
          name={plan.feature ?? ''}
          error={errorFor(plannerFields.feature)}
          hint="Files and code use its Latin letters and digits: accents are dropped (é → e), Greek and Cyrillic letters are spelled in Latin (ж → zh), and markup and other characters are left out."
        />
        <button type="submit" className={form.submit}>
          Use this name
        </button>
        <p role="status" className={planners.confirmation} data-testid="name-confirmation">
          {confirmation}
        </p>
      </form>

      <div>
        <h2 ref={operationsRef} tabIndex={-1} className={form.heading}>
          Operations
        </h2>
        {plan.router && (
          <p className={form.lead} data-testid="plan-router">
            Where the routes live is asked once for the whole plan: here, in{' '}
            <strong>{lowerFirst(routerLabel(checkedGraph, plan.router))}</strong>. To plan for the other
            router,{' '}
            <Link href="/plan/" className="nb-link">
              start a new plan
            </Link>
            .
          </p>
        )}
        {plan.operations.length === 0 ? (
          <p className={form.lead}>None yet: add the first one below.</p>
        ) : (
          <ol className={styles.operations} data-testid="plan-operations">
            {plan.operations.map((operation, index) => (
              <li
                key={`${index}-${operation.answers.join('/')}`}
                ref={index === plan.operations.length - 1 ? addedRef : undefined}
                tabIndex={index === plan.operations.length - 1 ? -1 : undefined}
              >
                <strong>{operation.name}</strong>:{' '}
                <Link href={wizardHref(operation.answers)} className="nb-link">
                  {operation.outcome.title}
                </Link>{' '}
                <button
                  type="button"
                  className={styles.linkButton}
                  onClick={() => {
                    requestFocus('operations')
                    save(
                      plan.feature,
                      plan.operations.filter((_, other) => other !== index),
                    )
                  }}
                >
                  Remove<span className="nb-visually-hidden"> {operation.name}</span>
                </button>
              </li>
            ))}
          </ol>
        )}
        {plan.operations.length < maxOperations && (
          <AddOperation
            router={plan.router}
            error={errorFor(plannerFields.operationName)}
            onInvalid={showErrors}
            onAdd={(operation) => {
              setFormErrors([])
              requestFocus('added-operation')
              save(plan.feature, [...plan.operations, operation])
            }}
          />
        )}
      </div>

      {plan.operations.length > 0 && (
        <div data-testid="combined-plan">
          <h2 className={form.heading}>The plan{name ? ` for ${name.text}` : ''}</h2>
          <ul className={styles.notes}>
            {combined.entryPoints.map((entry, index) => (
              <li key={index}>
                <strong>{entry.name}</strong>: {entry.boundaryNames.join(' + ') || 'a script'} ({entry.title})
              </li>
            ))}
            {combined.sharedService && combined.changesData && (
              <li>
                <strong>One service</strong> holds the rules; every entry point that changes data calls it:{' '}
                <code>features/{name ? name.kebab.plural : '<feature>'}/service.ts</code>
              </li>
            )}
          </ul>
          <h3 className={styles.subheading}>Checklist</h3>
          <ul className={styles.notes}>
            {combined.checklist.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
          <CopyLinkButton path={href} label="Copy link to this plan" />
          {name ? (
            <ScaffoldSection
              name={name}
              request={{
                title: `Plan for ${name.text}`,
                checklist: combined.checklist,
                roots: combined.roots,
              }}
            />
          ) : (
            <p className={form.lead}>Name the feature above to get its files.</p>
          )}
        </div>
      )}
      <noscript>
        <p className={form.lead}>
          The planner runs in your browser and needs JavaScript. Without it, answer the{' '}
          <a href={withBasePath('/decide/')} className="nb-link">
            wizard
          </a>{' '}
          once per operation.
        </p>
      </noscript>
    </div>
  )
}

/**
 * The wizard's questions, asked inline for one more operation. The first question (where the
 * routes live) belongs to the project: once the plan has an answer, every operation starts from it.
 */
function AddOperation({
  router,
  error,
  onInvalid,
  onAdd,
}: {
  router: string | null
  error: string | undefined
  onInvalid: (errors: PlannerError[]) => void
  onAdd: (operation: Operation) => void
}) {
  const [name, setName] = useState('')
  const [answers, setAnswers] = useState<string[]>([])
  const path = router ? [router, ...answers] : answers
  const resolution = resolve(checkedGraph, path)
  // Each answer replaces the buttons pressed: focus goes to the next question, or to the answer.
  const questionRef = useFocusOnRequest<HTMLParagraphElement>('operation-step')
  const answerRef = useFocusOnRequest<HTMLParagraphElement>('operation-step')
  function goTo(next: string[]) {
    requestFocus('operation-step')
    setAnswers(next)
  }

  function add() {
    // The checks a shared link goes through (plan-validation.ts), so both say the same.
    const named = checkOperationName(name)
    if (named.error) {
      onInvalid([{ field: plannerFields.operationName, message: named.error }])
      return
    }
    const checked = checkOperationPath(checkedGraph, path, router)
    if (!checked.ok) return
    onAdd({ name: named.name || checked.outcome.title, answers: path })
    setName('')
    setAnswers([])
  }

  return (
    <fieldset className={form.form}>
      <legend className={form.heading}>Add an operation</legend>
      <label className={form.label} htmlFor="operation-name">
        What does it do? <span className={styles.muted}>(optional)</span>
      </label>
      <p id={`${plannerFields.operationName}-hint`} className={form.hint}>
        For example “The form that sends an invite”. Left blank, it takes the answer’s title.
      </p>
      <input
        id={plannerFields.operationName}
        className={form.input}
        value={name}
        onChange={(event) => setName(event.target.value)}
        autoComplete="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={`${plannerFields.operationName}-hint${error ? ` ${plannerFields.operationName}-error` : ''}`}
      />
      {error && (
        <p id={`${plannerFields.operationName}-error`} className={form.error}>
          {error}
        </p>
      )}
      {resolution.kind === 'step' && (
        <div role="group" aria-labelledby="operation-question">
          <p ref={questionRef} tabIndex={-1} id="operation-question" className={form.label}>
            {resolution.question.prompt}
          </p>
          <ul className={styles.choices}>
            {resolution.question.answers.map((answer) => (
              <li key={answer.slug}>
                <button
                  type="button"
                  className={styles.choice}
                  onClick={() => goTo([...answers, answer.slug])}
                >
                  <strong>{answer.label}</strong>
                  <span>{answer.help}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {resolution.kind === 'result' && (
        <p ref={answerRef} tabIndex={-1} className={form.lead} role="status">
          Answer: <strong>{resolution.outcome.title}</strong>
        </p>
      )}
      <p className={styles.fileActions}>
        {resolution.kind === 'result' && (
          <button type="button" className={form.submit} onClick={add}>
            Add to the plan
          </button>
        )}
        {answers.length > 0 && (
          <button type="button" className={form.secondary} onClick={() => goTo(answers.slice(0, -1))}>
            Back one question
          </button>
        )}
      </p>
    </fieldset>
  )
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1)
