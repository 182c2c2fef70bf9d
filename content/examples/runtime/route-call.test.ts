import { describe, expect, it } from 'vitest'
import { buildRequest, callRoute } from './route-call'

describe('buildRequest', () => {
  it('keeps headers a constructed Request would drop, such as Origin and Cookie', () => {
    const request = buildRequest({
      method: 'POST',
      url: '/api/x',
      headers: { origin: 'chrome-extension://abc', cookie: 'session=s' },
      body: '{}',
    })
    expect(request.headers.get('origin')).toBe('chrome-extension://abc')
    expect(request.headers.get('cookie')).toBe('session=s')
    expect(request.url).toBe('https://projects.example.com/api/x')
  })

  it('sends no body with GET', async () => {
    const request = buildRequest({ method: 'GET', url: '/api/x', body: 'ignored' })
    expect(await request.text()).toBe('')
  })
})

describe('callRoute', () => {
  it('passes params as a promise and reads the response back', async () => {
    const response = await callRoute(
      async (_request, { params }) => Response.json(await params, { status: 201 }),
      { method: 'GET', url: '/x/1' },
      { id: '1' },
    )
    expect(response).toEqual({
      status: 201,
      headers: [['content-type', 'application/json']],
      body: '{"id":"1"}',
    })
  })
})
