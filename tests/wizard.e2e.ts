import { describe, expect } from 'vitest'
import { siteTest } from './harness/site-test'

const heading = (page: import('playwright-core').Page) => page.locator('h1').first()

// One theme: every page, results included, is audited in both themes by every-page.e2e.ts.
describe('the wizard with JavaScript on', () => {
  siteTest('answers, goes back, changes an answer and restores a shared step', async ({ site }) => {
    const page = await site.open()
    await site.visit(page, '/decide/')
    expect(await page.getByText('Question 1 of at most 4').count()).toBe(1)

    await page.getByRole('link', { name: /The app\/ folder/ }).click()
    await page.getByText('Question 2 of at most 4').waitFor()
    expect(new URL(page.url()).pathname).toBe('/decide/app-router/')

    await page.getByRole('link', { name: /Someone uses our own interface/ }).click()
    await page.getByText('Question 3 of at most 3').waitFor()
    await page.getByRole('link', { name: /No, only our interface does this/ }).click()
    const result = page.getByTestId('decision-result')
    await result.waitFor()
    expect(await result.getAttribute('data-boundaries')).toBe('server-action')
    await site.audit(page)

    // The back button undoes the last answer.
    await page.goBack()
    await page.getByText('Question 3 of at most 3').waitFor()
    expect(await heading(page).textContent()).toBe(
      'Does anything besides this interface need the same rule, now or soon?',
    )

    // Change the second answer from the result's "check your answers" list.
    await page.goForward()
    await result.waitFor()
    await page.getByRole('link', { name: 'Change the answer to “What starts this piece of code?”' }).click()
    await page.getByText('Question 2 of at most 4').waitFor()
    await page.getByRole('link', { name: /A link must return a file/ }).click()
    await result.waitFor()
    expect(await result.getAttribute('data-boundaries')).toBe('route-handler')
    const sharedUrl = page.url()
    expect(new URL(sharedUrl).pathname).toBe('/decide/app-router/url-returns-a-file-or-feed/')

    // A shared link restores the same state on a fresh load.
    await page.reload({ waitUntil: 'networkidle' })
    expect(await result.getAttribute('data-boundaries')).toBe('route-handler')
    expect(await page.getByRole('link', { name: 'Start again' }).getAttribute('href')).toBe('/decide/')
  })

  siteTest('copies the link to a result', async ({ site }) => {
    const page = await site.open()
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.baseUrl })
    await site.visit(page, '/decide/app-router/page-needs-data/')
    await page.getByRole('button', { name: 'Copy link to this answer' }).click()
    await page.getByRole('status').filter({ hasText: 'Link copied.' }).waitFor()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${site.baseUrl}/decide/app-router/page-needs-data/`,
    )
  })
})

describe('the wizard by keyboard', () => {
  siteTest(
    'walks from /decide/ to a result with Tab and Enter alone, with a visible focus ring',
    async ({ site }) => {
      const page = await site.open()
      await site.visit(page, '/decide/')
      const steps = [
        { answer: /The app\/ folder/, then: 'Question 2 of at most 4' },
        { answer: /A page needs data/, then: 'Your answer' },
      ]
      for (const step of steps) {
        let focusedText = ''
        for (let presses = 0; presses < 40 && !step.answer.test(focusedText); presses++) {
          await page.keyboard.press('Tab')
          focusedText = await page.evaluate(() => document.activeElement?.textContent ?? '')
        }
        expect(focusedText).toMatch(step.answer)
        const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)
        expect(outline).not.toBe('none')
        await page.keyboard.press('Enter')
        await page.getByText(step.then, { exact: true }).waitFor()
      }
      await page.getByTestId('decision-result').waitFor()
      expect(await page.getByTestId('decision-result').getAttribute('data-boundaries')).toBe(
        'server-component',
      )
    },
  )
})
