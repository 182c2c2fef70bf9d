import { describe, expect } from 'vitest'
import { decisionGraph } from '../lib/graph/decision-graph'
import { phone, siteTest, themes } from './harness/site-test'
import { chooseTheme } from './harness/theme-menu'

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
