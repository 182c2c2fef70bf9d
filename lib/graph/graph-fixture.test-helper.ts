/** A small valid graph for unit tests, and a deep copy each test can break in its own way. */
export function smallGraph() {
  const outcome = (title: string, boundaries: string[]) => ({
    kind: 'outcome',
    title,
    boundaries,
    reason: 'Because.',
    flow: ['entry', 'database'],
    files: [{ path: 'app/page.tsx', role: 'the page' }],
    examples: ['app/page.tsx'],
    checklist: ['Validate.'],
    articles: [{ title: 'Guide', href: '/guide/' }],
  })
  const answer = (slug: string, next: string) => ({ slug, label: slug, help: 'Help.', reason: 'Why.', next })
  return {
    start: 'router',
    nodes: {
      router: {
        kind: 'question',
        prompt: 'Which router?',
        help: 'Help.',
        answers: [answer('app-router', 'trigger'), answer('pages-router', 'pages-result')],
      },
      trigger: {
        kind: 'question',
        prompt: 'What starts it?',
        help: 'Help.',
        answers: [answer('page-needs-data', 'read-result'), answer('our-interface', 'action-result')],
      },
      'read-result': outcome('Read it', ['server-component']),
      'action-result': outcome('Act', ['server-action']),
      'pages-result': outcome('API Route', ['api-route']),
    },
  } as {
    start: string
    nodes: Record<
      string,
      { kind: string; answers?: Array<{ slug: string; next: string }>; boundaries?: string[] }
    >
  }
}
