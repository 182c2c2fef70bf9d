import { describe, expect } from 'vitest'
import { snippetCode } from './harness/accessibility'
import { siteTest } from './harness/site-test'

// What the webhook's Run panel shows when Next.js, not the file, answers, and when the event is refused
// or ignored: the status with its reason phrase, the headers, and the field a 400 names.
describe('the webhook Run panel', () => {
  siteTest(
    'explains a GET on a POST-only route.ts, names the field a 400 refuses, and acknowledges empty data',
    async ({ site }) => {
      const page = await site.open({ preloadAxe: true })
      await site.visit(page, '/patterns/webhook/', { audit: false })
      const panel = page.getByRole('region', { name: 'Run panel' })
      await panel.getByRole('button', { name: 'Open the Run panel' }).click()
      const output = panel.locator('[aria-live]')
      const status = panel.getByTestId('run-status')
      const run = async () => {
        await panel.getByRole('button', { name: 'Run', exact: true }).click()
        await panel.getByRole('button', { name: 'Run', exact: true }).and(page.locator(':enabled')).waitFor()
      }

      await panel.getByLabel('Method', { exact: true }).selectOption('GET')
      await run()
      await expect.poll(() => status.textContent()).toBe('405 Method Not Allowed')
      const allow = output.locator('dl div', { has: page.locator('dt', { hasText: /^allow$/ }) })
      expect(await allow.locator('dd').textContent()).toBe('not sent by Next.js')
      expect(await panel.getByTestId('run-note').textContent()).toBe(
        'This file exports only POST, so Next.js answered GET itself: 405 with no body and no Allow header ' +
          '(OPTIONS gets 204 with Allow: OPTIONS, POST).',
      )
      await site.auditBothThemes(page, [snippetCode])

      await panel.getByLabel('Method', { exact: true }).selectOption('OPTIONS')
      await run()
      await expect.poll(() => status.textContent()).toBe('204 No Content')
      expect(await allow.locator('dd').textContent()).toBe('OPTIONS, POST')

      const body = panel.getByLabel('Body', { exact: true })
      await panel.getByLabel('Method', { exact: true }).selectOption('POST')
      await body.fill(JSON.stringify({ id: 'evt_no_type', data: {} }))
      await run()
      await expect.poll(() => status.textContent()).toBe('400 Bad Request')
      expect(await output.locator('pre').textContent()).toContain('"field": "type"')

      await body.fill(JSON.stringify({ id: 'evt_empty', type: 'invoice.paid', data: {} }))
      await run()
      await expect.poll(() => status.textContent()).toBe('200 OK')
      expect(JSON.parse((await output.locator('pre').textContent()) ?? '')).toEqual({
        received: true,
        ignored: true,
      })
    },
  )
})
