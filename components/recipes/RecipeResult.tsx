import Link from 'next/link'
import type { ExampleCode } from '../../lib/build/page-data/example-code'
import type { RecipeView } from '../../lib/recipes/recipe-view'
import type { TrailEntryView } from '../../lib/wizard/wizard-view'
import { AnswerTrail } from '../wizard/AnswerTrail'
import { CopyLinkButton } from '../wizard/CopyLinkButton'
import { HostingNote } from '../wizard/HostingNote'
import { OnThisPage } from '../wizard/OnThisPage'
import wizardStyles from '../wizard/Wizard.module.css'
import {
  RecipeChecklist,
  RecipeCode,
  RecipeHeader,
  RecipeReadNext,
  RecipeTraps,
  RecipeWhen,
} from './RecipeSections'

const sections = [
  ['when-this-fits', 'When this fits'],
  ['the-code', 'The code'],
  ['checklist', 'Checklist'],
  ['traps', 'Traps'],
  ['read-next', 'Read next'],
] as const

type Props = {
  recipe: RecipeView
  examples: ExampleCode[]
  trail: TrailEntryView[]
  sharePath: string
  headingLevel?: 'h1' | 'h2'
}

/** The wizard's answer when the reader picked a recipe: the recipe's sections, then the answers given. */
export function RecipeResult({ recipe, examples, trail, sharePath, headingLevel = 'h1' }: Props) {
  const heading = (id: (typeof sections)[number][0]) => (
    <h2 id={id} className={wizardStyles.sectionHeading}>
      {sections.find(([candidate]) => candidate === id)![1]}
    </h2>
  )
  return (
    <div className={wizardStyles.wizard}>
      <RecipeHeader recipe={recipe} kicker="Your answer" headingLevel={headingLevel} />
      <HostingNote boundaryIds={recipe.boundaries.map((boundary) => boundary.id)} />
      <OnThisPage sections={[...sections, ['answer-trail-heading', 'Check your answers']]} />
      {/* A printed answer keeps the result, the checklist and the answers given: one A4 page. */}
      <div className="nb-no-print">
        {heading('when-this-fits')}
        <RecipeWhen recipe={recipe} />
      </div>
      <div className="nb-no-print">
        {heading('the-code')}
        <RecipeCode recipe={recipe} examples={examples} path={sharePath} />
      </div>
      {heading('checklist')}
      <RecipeChecklist recipe={recipe} />
      <div className="nb-no-print">
        {heading('traps')}
        <RecipeTraps recipe={recipe} />
      </div>
      <div className="nb-no-print">
        {heading('read-next')}
        <RecipeReadNext recipe={recipe} />
        <p className={wizardStyles.note}>
          This recipe has its own page to bookmark:{' '}
          <Link href={recipe.href} className="nb-link">
            {recipe.title}
          </Link>
          . Not quite your feature? See the{' '}
          <Link href={recipe.outcome.href} className="nb-link">
            other kinds of feature under this answer
          </Link>
          .
        </p>
      </div>
      <CopyLinkButton path={sharePath} />
      <AnswerTrail trail={trail} heading="Check your answers" />
      <p className={wizardStyles.startOver}>
        <Link href="/decide/" className="nb-link">
          Start again
        </Link>
      </p>
    </div>
  )
}
