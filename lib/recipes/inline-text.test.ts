import { describe, expect, it } from 'vitest'
import { parseInline } from './inline-text'

const titles = (path: string) => ({ '/recipes/poll-a-job/': 'Polling a job' })[path]

describe('parseInline', () => {
  it('turns backticks into code, Markdown links into links and bare recipe paths into named links', () => {
    expect(
      parseInline(
        'Use `request.signal`, see [the docs](https://nextjs.org/docs/app) or /recipes/poll-a-job/.',
        titles,
      ),
    ).toEqual([
      { kind: 'text', text: 'Use ' },
      { kind: 'code', text: 'request.signal' },
      { kind: 'text', text: ', see ' },
      { kind: 'link', text: 'the docs', href: 'https://nextjs.org/docs/app' },
      { kind: 'text', text: ' or ' },
      { kind: 'link', text: 'Polling a job', href: '/recipes/poll-a-job/' },
      { kind: 'text', text: '.' },
    ])
  })

  it('leaves a path inside code or a file path alone', () => {
    expect(parseInline('Put it in `app/recipes/x/`, not app/recipes/y/.', titles)).toEqual([
      { kind: 'text', text: 'Put it in ' },
      { kind: 'code', text: 'app/recipes/x/' },
      { kind: 'text', text: ', not app/recipes/y/.' },
    ])
  })

  it('fails naming a bare site path that points nowhere', () => {
    expect(() => parseInline('See /recipes/no-such-recipe/.', titles)).toThrow('"/recipes/no-such-recipe/"')
  })
})
