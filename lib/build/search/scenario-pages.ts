import { boundaries } from '../../../content/boundaries'
import type { Scenario } from '../../scenarios/scenario-library'
import type { SearchPage } from '../../search/search-index'

/** Each scenario page: what the feature is and the answer it gets. */
export function scenarioPages(scenarios: readonly Scenario[]): SearchPage[] {
  return scenarios.map((scenario) => ({
    kind: 'scenario',
    url: `/scenarios/${scenario.slug}/`,
    title: scenario.title,
    sections: [
      {
        heading: '',
        anchor: '',
        text: [
          scenario.description,
          `The answer: ${scenario.outcome.title}.`,
          scenario.outcome.boundaries.map((boundary) => boundaries[boundary].name).join(', ') + '.',
        ].join(' '),
      },
    ],
  }))
}
