import type { Page } from 'playwright-core'
import { describe, expect } from 'vitest'
import { decisionGraph } from '../lib/graph/decision-graph'
import { resolve } from '../lib/wizard/engine'
import { siteTest } from './harness/site-test'

// Three steps of one path, read from the graph: the first question, the second and a result.
const path = ['app-router', 'our-interface-changes-data', 'only-this-interface']
const result = resolve(decisionGraph, path)
if (result.kind !== 'result') throw new Error(`${path.join('/')} is no longer a result`)
const [firstQuestion, secondQuestion, thirdQuestion] = result.trail.map((step) => step.prompt)
const answerLabel = (index: number) => result.trail[index]!.answer.label
const stepPath = (answers: string[]) => `/decide/${answers.map((slug) => `${slug}/`).join('')}`

const answerLinks = (page: Page) => page.getByRole('list', { name: 'Answers' }).getByRole('link')

/** The answers shown as given before: marked in view, for everyone (the text is part of the link's name). */
async function answersMarked(page: Page): Promise<string[]> {
  const marked: string[] = []
  for (const link of await answerLinks(page).all()) {
    const mark = link.getByText('Your answer before', { exact: true })
    if (await mark.isVisible()) marked.push((await link.textContent()) ?? '')
  }
  return marked
}

// Nextra's pager: the "previous" and "next" links under an article, each with its title as a tooltip.
const pagerLinks = (page: Page) => page.locator('article a[title]:not(.nextra-breadcrumb a)')
const breadcrumb = (page: Page) => page.getByRole('navigation', { name: 'Breadcrumb' })
const crumbs = (page: Page) => breadcrumb(page).getByRole('listitem').allInnerTexts()
const activeSidebarLinks = (page: Page) =>
  page
    .locator('.nextra-sidebar-container li.active > a')
    .evaluateAll((links) =>
      links.map((link) => ({ text: link.textContent?.trim(), href: link.getAttribute('href') })),
    )

describe('the wizard’s flow with JavaScript on', () => {
  siteTest('"Change" opens the question with the answer given before marked', async ({ site }) => {
    const page = await site.open()
    await site.visit(page, stepPath(path))
    await page.getByRole('link', { name: `Change the answer to “${secondQuestion}”` }).click()
    await page.getByRole('heading', { level: 1, name: secondQuestion }).waitFor()
    expect(new URL(page.url()).pathname).toBe(stepPath(path.slice(0, 1)))

    const marked = answerLinks(page).and(page.locator('[aria-current="true"]'))
    await marked.waitFor()
    expect(await marked.count()).toBe(1)
    expect(await marked.textContent()).toContain(answerLabel(1))
    expect(await answersMarked(page)).toEqual([await marked.textContent()])
    // The question stays in view above the marked answer.
    expect(
      await page.getByRole('heading', { level: 1 }).evaluate((h1) => h1.getBoundingClientRect().top),
    ).toBeGreaterThan(0)
    await site.audit(page)

    // Another answer, then Back: the answer just given is marked again.
    const other = answerLinks(page)
      .filter({ hasNotText: answerLabel(1) })
      .first()
    await other.click()
    await page.getByRole('heading', { level: 1, name: secondQuestion }).waitFor({ state: 'detached' })
    await page.getByRole('link', { name: /^Back/ }).click()
    await page.getByRole('heading', { level: 1, name: secondQuestion }).waitFor()
    expect(await answersMarked(page)).toHaveLength(1)
  })

  siteTest('a question with nothing given before marks no answer', async ({ site }) => {
    const page = await site.open()
    await site.visit(page, stepPath(path.slice(0, 1)), { audit: false })
    expect(await answersMarked(page)).toEqual([])
    expect(await page.locator('[aria-current="true"]').count()).toBe(0)
  })

  siteTest(
    'no pager leads out of the wizard, the breadcrumb says Decide, the sidebar marks Decide',
    async ({ site }) => {
      const page = await site.open()
      // The locator finds the pager where there is one.
      await site.visit(page, '/guide/', { audit: false })
      expect(await pagerLinks(page).count()).toBeGreaterThan(0)

      await site.visit(page, '/decide/', { audit: false })
      expect(await pagerLinks(page).count()).toBe(0)
      expect(await crumbs(page)).toEqual(['Decide'])
      expect(await page.locator('.nextra-breadcrumb').count()).toBe(0)
      expect(await activeSidebarLinks(page)).toEqual([{ text: 'Decide', href: '/decide/' }])

      // Steps reached inside the app, as a reader does.
      await answerLinks(page)
        .filter({ hasText: answerLabel(0) })
        .click()
      await page.getByRole('heading', { level: 1, name: secondQuestion }).waitFor()
      expect(await pagerLinks(page).count()).toBe(0)
      expect(await crumbs(page)).toEqual(['Decide', 'Question 2'])
      expect(await breadcrumb(page).getByRole('link', { name: 'Decide' }).getAttribute('href')).toBe(
        '/decide/',
      )
      expect(await activeSidebarLinks(page)).toEqual([{ text: 'Decide', href: '/decide/' }])

      await answerLinks(page)
        .filter({ hasText: answerLabel(1) })
        .click()
      await answerLinks(page)
        .filter({ hasText: answerLabel(2) })
        .click()
      await page.getByTestId('decision-result').waitFor()
      expect(await pagerLinks(page).count()).toBe(0)
      expect(await crumbs(page)).toEqual(['Decide', 'Result'])
      expect(await activeSidebarLinks(page)).toEqual([{ text: 'Decide', href: '/decide/' }])

      // Leaving the wizard: the sidebar still links Decide to the first question, unmarked.
      await page
        .locator('.nextra-sidebar-container')
        .getByRole('link', { name: 'Plan a feature', exact: true })
        .click()
      await page.waitForURL((url) => url.pathname === '/plan/')
      // The address changes before the new page has rendered: wait for its sidebar to follow.
      await expect.poll(() => activeSidebarLinks(page)).toEqual([{ text: 'Plan a feature', href: '/plan/' }])
      const decide = page
        .locator('.nextra-sidebar-container')
        .getByRole('link', { name: 'Decide', exact: true })
      expect(await decide.getAttribute('href')).toBe('/decide/')
      expect(await activeSidebarLinks(page)).not.toContainEqual({ text: 'Decide', href: '/decide/' })
    },
  )
})

describe('the wizard’s flow with JavaScript off', () => {
  siteTest('"Change" and "Back" are plain links that mark the answer given before', async ({ site }) => {
    const page = await site.open({ javaScriptEnabled: false })
    await page.goto(site.baseUrl + stepPath(path))
    await page.getByRole('link', { name: `Change the answer to “${firstQuestion}”` }).click()
    await page.getByRole('heading', { level: 1, name: firstQuestion }).waitFor()
    expect(new URL(page.url()).pathname).toBe('/decide/')
    expect(await answersMarked(page)).toEqual([expect.stringContaining(answerLabel(0))])
    // The next Tab goes to the marked answer.
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toContain(answerLabel(0))

    await page.goto(site.baseUrl + stepPath(path.slice(0, 2)))
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(thirdQuestion)
    await page.getByRole('link', { name: /^Back/ }).click()
    await page.getByRole('heading', { level: 1, name: secondQuestion }).waitFor()
    expect(new URL(page.url()).pathname).toBe(stepPath(path.slice(0, 1)))
    expect(await answersMarked(page)).toEqual([expect.stringContaining(answerLabel(1))])
  })

  siteTest('the first question has no Back link; the others and the result have one', async ({ site }) => {
    const page = await site.open({ javaScriptEnabled: false })
    await page.goto(site.baseUrl + '/decide/')
    expect(await page.getByRole('link', { name: /^Back/ }).count()).toBe(0)
    for (const length of [1, 2, 3]) {
      await page.goto(site.baseUrl + stepPath(path.slice(0, length)))
      const back = page.getByRole('link', { name: /^Back/ })
      expect(await back.getAttribute('href')).toBe(
        `${stepPath(path.slice(0, length - 1))}#answer-${path[length - 1]}`,
      )
    }
  })

  siteTest(
    'a deep step has no pager, a breadcrumb from Decide, and Decide marked in the sidebar',
    async ({ site }) => {
      const page = await site.open({ javaScriptEnabled: false })
      for (const answers of [[], path.slice(0, 2), path]) {
        await page.goto(site.baseUrl + stepPath(answers))
        expect(await pagerLinks(page).count()).toBe(0)
        expect(await breadcrumb(page).getByText('Decide', { exact: true }).count()).toBe(1)
        expect(await activeSidebarLinks(page)).toEqual([{ text: 'Decide', href: '/decide/' }])
      }
    },
  )
})
