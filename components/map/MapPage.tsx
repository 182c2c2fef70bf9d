import { useData } from 'nextra/hooks'
import type { DecisionMapProps } from './DecisionMap'
import { DecisionMap } from './DecisionMap'

/** The decision map on its own page, with the list version open. */
export function MapPage() {
  const { layout, outline } = useData() as Pick<DecisionMapProps, 'layout' | 'outline'>
  return <DecisionMap layout={layout} outline={outline} pathNodeIds={[]} ownPage />
}
