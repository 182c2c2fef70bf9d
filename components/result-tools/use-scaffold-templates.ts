import { useEffect, useState } from 'react'
import { withBasePath } from '../../lib/base-path'
import { scaffoldTemplatesUrl, type ScaffoldTemplates } from '../../lib/scaffold/template-parts'

export type TemplatesState =
  | { state: 'loading' }
  | { state: 'ready'; templates: ScaffoldTemplates }
  | { state: 'failed'; message: string }

/**
 * The scaffold templates for one word ("project" when left out), fetched once the component that
 * needs them mounts.
 */
export function useScaffoldTemplates(word?: string): TemplatesState {
  const [templates, setTemplates] = useState<TemplatesState>({ state: 'loading' })
  useEffect(() => {
    const controller = new AbortController()
    setTemplates({ state: 'loading' })
    fetch(withBasePath(scaffoldTemplatesUrl(word)), { signal: controller.signal })
      .then(async (response) => {
        if (!response.ok) throw new Error(`the server answered ${response.status}`)
        setTemplates({ state: 'ready', templates: (await response.json()) as ScaffoldTemplates })
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return
        setTemplates({ state: 'failed', message: error instanceof Error ? error.message : String(error) })
      })
    return () => controller.abort()
  }, [word])
  return templates
}
