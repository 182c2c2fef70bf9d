import type { Locator, Page } from 'playwright-core'
import { describe, expect } from 'vitest'
import { decisionGraph } from '../lib/graph/decision-graph'
import { hydratedAttribute } from '../lib/hydration-signal'
import { waitForHydration } from '../scripts/test/hydration'
import { phone, siteTest, themes } from './harness/site-test'
import { chooseTheme } from './harness/theme-menu'

const firstQuestion = decisionGraph.nodes[decisionGraph.start]!
const firstQuestionText = firstQuestion.kind === 'question' ? firstQuestion.prompt : ''
const firstOutcomeText = Object.values(decisionGraph.nodes).find((node) => node.kind === 'outcome')!.title

/** Where each box of the map sits, by its text, relative to the map's frame. */
async function boxPositions(page: Page, boxes: Locator) {
  const frame = (await page.getByTestId('decision-map-canvas').boundingBox())!
  const positions = new Map<string, number[]>()
  for (const box of await boxes.all()) {
    const { x, y, width, height } = (await box.boundingBox())!
    positions.set((await box.textContent())!, [x - frame.x, y - frame.y, width, height])
  }
  return positions
}

describe('the decision map before React Flow', () => {
  siteTest('is drawn into the HTML, readable with JavaScript off', async ({ site }) => {
    const page = await site.open({ javaScriptEnabled: false })
    await page.goto(site.baseUrl + '/decision-map/')
    const frame = (await page.getByTestId('decision-map-canvas').boundingBox())!
    const picture = page.getByTestId('decision-map-picture')
    for (const text of [firstQuestionText, firstOutcomeText]) {
      const box = picture.getByText(text, { exact: true })
      expect(await box.isVisible(), text).toBe(true)
      const { x, y, width, height } = (await box.boundingBox())!
      // Inside the map's frame, at a size that can be read (React Flow's smallest zoom of a 190px box).
      expect(x).toBeGreaterThanOrEqual(frame.x)
      expect(y).toBeGreaterThanOrEqual(frame.y)
      expect(x + width).toBeLessThanOrEqual(frame.x + frame.width)
      expect(y + height).toBeLessThanOrEqual(frame.y + frame.height)
      expect(width).toBeGreaterThanOrEqual(190 * 0.65 - 1)
      expect(height).toBeGreaterThanOrEqual(24)
    }
    expect(await page.locator('.react-flow').count()).toBe(0)
  })
})

describe.each(themes)('the decision map (%s theme)', (theme) => {
  siteTest('loads React Flow only when scrolled into view, with the path highlighted', async ({ site }) => {
    const page = await site.open({ theme })
    const flowScripts: string[] = []
    page.on('request', (request) => {
      if (request.resourceType() === 'script') flowScripts.push(request.url())
    })
    await site.visit(page, '/decide/app-router/another-system-calls-us/')
    expect(await page.locator('.react-flow').count()).toBe(0)
    const scriptsBeforeScroll = flowScripts.length

    await page.getByTestId('decision-map-canvas').scrollIntoViewIfNeeded()
    await page.locator('.react-flow__node').first().waitFor()
    expect(flowScripts.length).toBeGreaterThan(scriptsBeforeScroll)
    expect(await page.locator('.react-flow__node').count()).toBe(Object.keys(decisionGraph.nodes).length)
    const current = page.locator('.react-flow__node a[aria-current="step"]')
    expect(await current.textContent()).toBe('Who calls us?')
    const canvasIsDark = () =>
      page.locator('.react-flow').evaluate((canvas) => canvas.classList.contains('dark'))
    expect(await canvasIsDark()).toBe(theme === 'dark')
    await site.audit(page)

    // The canvas follows a theme chosen after it has drawn.
    await chooseTheme(page, theme === 'dark' ? 'Light' : 'Dark')
    await expect.poll(canvasIsDark).toBe(theme !== 'dark')

    // Followed with the keyboard: a mouse press on the canvas can start a pan instead of a click.
    await page.locator('.react-flow__node a', { hasText: 'Use a Route Handler as a published API' }).focus()
    await page.keyboard.press('Enter')
    await page.getByTestId('decision-result').waitFor()
    expect(new URL(page.url()).pathname).toBe(
      '/decide/app-router/another-system-calls-us/partners-or-the-public/',
    )
  })

  siteTest(
    'shows the picture before any input, then React Flow in its place, no box moving',
    async ({ site }) => {
      const page = await site.open({ theme })
      await page.goto(site.baseUrl + '/decision-map/', { waitUntil: 'load' })
      expect(
        await page.evaluate((name) => document.documentElement.hasAttribute(name), hydratedAttribute),
      ).toBe(false)
      const picture = page.getByTestId('decision-map-picture')
      expect(await picture.getByText(firstQuestionText, { exact: true }).isVisible()).toBe(true)
      expect(await picture.getByText(firstOutcomeText, { exact: true }).isVisible()).toBe(true)
      // The picture's colours follow the theme (the dark canvas of React Flow in dark mode).
      expect(await picture.evaluate((element) => getComputedStyle(element).backgroundColor)).toBe(
        theme === 'dark' ? 'rgb(20, 20, 20)' : 'rgba(0, 0, 0, 0)',
      )
      await site.audit(page)
      const drawn = await boxPositions(page, picture.locator('a'))
      const frameBefore = (await page.getByTestId('decision-map-canvas').boundingBox())!

      await waitForHydration(page)
      await page.locator('.react-flow__node').first().waitFor()
      await picture.waitFor({ state: 'detached' })
      const frameAfter = (await page.getByTestId('decision-map-canvas').boundingBox())!
      expect([frameAfter.width, frameAfter.height]).toEqual([frameBefore.width, frameBefore.height])
      const flowing = await boxPositions(page, page.locator('.react-flow__node a'))
      expect([...flowing.keys()].sort()).toEqual([...drawn.keys()].sort())
      for (const [text, position] of drawn) {
        flowing.get(text)!.forEach((value, index) => expect(value, text).toBeCloseTo(position[index]!, 0))
      }
    },
  )

  siteTest('fits a phone screen and its nodes are reachable with Tab', async ({ site }) => {
    const page = await site.open({ theme, viewport: phone })
    await site.visit(page, '/decision-map/')
    await page.getByTestId('decision-map-canvas').scrollIntoViewIfNeeded()
    await page.locator('.react-flow__node').first().waitFor()
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }))
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth)
    await page.locator('.react-flow__node a').first().focus()
    expect(await page.evaluate(() => document.activeElement?.closest('.react-flow__node') !== null)).toBe(
      true,
    )
    await site.audit(page)
  })
})
