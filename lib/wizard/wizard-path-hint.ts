import { longestValidPrefix, type SlugTree } from '../graph/graph-paths'
import { decodeWizardPath, wizardHref } from './wizard-url'

export type WizardPathHint = { badSegment: string; resumeHref: string; resumeDepth: number }

/** For a broken wizard address: the segment that is wrong and the last step that still works. */
export function wizardPathHint(pathname: string, tree: SlugTree): WizardPathHint | null {
  if (!/^\/decide(\/|$)/.test(pathname)) return null
  const decoded = decodeWizardPath(pathname)
  const prefix = longestValidPrefix(tree, decoded.answers)
  const badSegment = decoded.answers[prefix.length] ?? (decoded.ok ? '' : decoded.badSegment)
  return { badSegment, resumeHref: wizardHref(prefix), resumeDepth: prefix.length }
}
