import type { ReactNode } from 'react'
import type { FeatureName } from '../../lib/result-tools/feature-name'
import {
  buildScaffold,
  scaffoldClosure,
  scaffoldNameClash,
  scaffoldRenames,
  type ScaffoldRequest,
} from '../../lib/scaffold/build-scaffold'
import { useFocusOnRequest } from '../site/produced-focus'
import { ScaffoldFiles } from './ScaffoldFiles'
import form from './Form.module.css'
import { useScaffoldTemplates } from './use-scaffold-templates'

/**
 * The scaffold for a request once its templates have loaded, or why it cannot be shown. Until the
 * files are shown, `fallback` stands in their place (a result's listed files: one tree on the page).
 */
export function ScaffoldSection({
  name,
  request,
  fallback,
  listedRoles,
}: {
  name: FeatureName
  request: ScaffoldRequest
  fallback?: ReactNode
  /** What the page's "Files to create" says each example file is for, kept beside the renamed files. */
  listedRoles?: Record<string, string>
}) {
  const templates = useScaffoldTemplates(request.word)
  // Asked for files but cannot show them: the reason takes focus instead.
  const reasonRef = useFocusOnRequest<HTMLParagraphElement>('scaffold')
  if (templates.state === 'loading') {
    return (
      <>
        <p role="status">Loading the file templates…</p>
        {fallback}
      </>
    )
  }
  if (templates.state === 'failed') {
    return (
      <>
        <p ref={reasonRef} tabIndex={-1} role="alert" className={form.error}>
          The file templates could not be loaded ({templates.message}). Reload the page to try again.
        </p>
        {fallback}
      </>
    )
  }
  const clash = scaffoldNameClash(
    scaffoldClosure(request.roots, templates.templates, request.word),
    templates.templates,
    name,
  )
  if (clash) {
    return (
      <>
        <p ref={reasonRef} tabIndex={-1} role="alert" className={form.error}>
          “{name.text}” would give the identifier “{clash}”, which the files already use. Add a word to the
          name, for example “team {name.text}”.
        </p>
        {fallback}
      </>
    )
  }
  return (
    <ScaffoldFiles
      name={name}
      files={buildScaffold(request, templates.templates, name)}
      renames={scaffoldRenames(request, templates.templates)}
      listedRoles={listedRoles}
    />
  )
}
