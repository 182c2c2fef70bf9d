import { useData } from 'nextra/hooks'
import { snippetKey, type SnippetData, type SnippetRequest } from '../../lib/snippets/snippet-key'
import { SnippetView } from './SnippetView'

/**
 * `<Snippet file="app/api/webhooks/stripe/route.ts" region="verify" lines="2-3" />` in MDX. The code
 * was highlighted by the page's getStaticProps (snippetStaticProps); a snippet the page did not
 * list fails the build with its name.
 */
export function Snippet(request: SnippetRequest) {
  const { snippets } = useData() as { snippets?: Record<string, SnippetData> }
  const snippet = snippets?.[snippetKey(request)]
  if (!snippet) {
    throw new Error(
      `Snippet ${snippetKey(request)} is not in this page's data: add it to snippetStaticProps([...]) in the page.`,
    )
  }
  return <SnippetView snippet={snippet} />
}
