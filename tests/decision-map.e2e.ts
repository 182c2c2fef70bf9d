import type { Locator, Page } from 'playwright-core'
import { describe, expect } from 'vitest'
import { boundaries, boundaryIds } from '../content/boundaries'
import { decisionGraph } from '../lib/graph/decision-graph'
import { hydratedAttribute } from '../lib/hydration-signal'
import { waitForHydration } from '../scripts/test/hydration'
import { desktop, phone, siteTest, themes } from './harness/site-test'
import { chooseTheme } from './harness/theme-menu'

const firstQuestion = decisionGraph.nodes[decisionGraph.start]!
const firstQuestionText = firstQuestion.kind === 'question' ? firstQuestion.prompt : ''
const firstOutcomeText = Object.values(decisionGraph.nodes).find((node) => node.kind === 'outcome')!.title
const firstAnswerText = firstQuestion.kind === 'question' ? firstQuestion.answers[0]!.label : ''

const answerLabels = Object.values(decisionGraph.nodes).flatMap((node) =>
  node.kind === 'question' ? node.answers.map((answer) => answer.label) : [],
)

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
    for (const text of [firstQuestionText, firstAnswerText]) {
      const box = picture.getByText(text, { exact: true })
      expect(await box.isVisible(), text).toBe(true)
      const { x, y, width, height } = (await box.boundingBox())!
      // Inside the map's frame, at a size that can be read (React Flow's smallest zoom of a 190px box).
      expect(x).toBeGreaterThanOrEqual(frame.x)
      expect(y).toBeGreaterThanOrEqual(frame.y)
      expect(x + width).toBeLessThanOrEqual(frame.x + frame.width)
      expect(y + height).toBeLessThanOrEqual(frame.y + frame.height)
      expect(width).toBeGreaterThanOrEqual(150)
      expect(height).toBeGreaterThanOrEqual(24)
    }
    expect(await picture.getByText(firstOutcomeText, { exact: true }).count()).toBe(1)
    // Every answer is written on its arrow in the picture too.
    for (const label of answerLabels)
      expect(await picture.getByText(label, { exact: true }).count(), label).toBeGreaterThan(0)
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
      expect(await picture.getByText(firstAnswerText, { exact: true }).isVisible()).toBe(true)
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
    await page.getByRole('button', { name: 'Show the map as a picture' }).click()
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

const outcomes = Object.values(decisionGraph.nodes).flatMap((node) => (node.kind === 'outcome' ? [node] : []))
const usedBoundaries = boundaryIds.filter((id) => outcomes.some((outcome) => outcome.boundaries.includes(id)))

/** Waits for React Flow to draw the map once it has been scrolled to. */
async function drawnMap(page: Page) {
  await page.getByTestId('decision-map-canvas').scrollIntoViewIfNeeded()
  await page.locator('.react-flow__node').first().waitFor()
  await page.getByTestId('decision-map-picture').waitFor({ state: 'detached' })
  // The picture gives way only once React Flow has drawn the arrows and the answers written on them
  // (it draws them after measuring the boxes), so the map is never shown without its arrows.
  expect(await page.getByTestId('decision-map-answer').count()).toBe(answerLabels.length)
}

/** Starts counting the answers drawn on the map at every change; reads the fewest seen since. */
async function watchFewestAnswers(page: Page) {
  await page.evaluate(() => {
    const count = () => document.querySelectorAll('[data-testid="decision-map-answer"]').length
    const watch = window as unknown as { fewestAnswers: number }
    watch.fewestAnswers = count()
    new MutationObserver(() => {
      watch.fewestAnswers = Math.min(watch.fewestAnswers, count())
    }).observe(document.querySelector('[data-testid="decision-map-canvas"]')!, {
      childList: true,
      subtree: true,
    })
  })
  return () => page.evaluate(() => (window as unknown as { fewestAnswers: number }).fewestAnswers)
}

/** React Flow's zoom, read from the transform of its viewport. */
const flowZoom = (page: Page) =>
  page
    .locator('.react-flow__viewport')
    .evaluate((viewport) => new DOMMatrix(getComputedStyle(viewport).transform).a)

type Box = { x: number; y: number; width: number; height: number }
const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x - 0.5 &&
  inner.y >= outer.y - 0.5 &&
  inner.x + inner.width <= outer.x + outer.width + 0.5 &&
  inner.y + inner.height <= outer.y + outer.height + 0.5
const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height

describe.each(themes)('a map one can decide with (%s theme)', (theme) => {
  siteTest(
    'writes each answer on its arrow and colours outcomes by boundary, with a legend',
    async ({ site }) => {
      const page = await site.open({ theme })
      await site.visit(page, '/decision-map/')
      await drawnMap(page)
      const answers = page.getByTestId('decision-map-answer')
      expect((await answers.allTextContents()).sort()).toEqual([...answerLabels].sort())
      // Each answer sits between the two boxes its arrow joins, and can be read.
      const first = answers.filter({ hasText: answerLabels[0]! }).first()
      expect(
        await first.evaluate((label) => parseFloat(getComputedStyle(label).fontSize)),
      ).toBeGreaterThanOrEqual(14)

      // Every box is tall enough for its words (the layout guesses line breaks at build time).
      const overflowing = await page
        .locator('.react-flow__node a, [data-testid="decision-map-answer"]')
        .evaluateAll((boxes) =>
          boxes.filter((box) => box.scrollHeight > box.clientHeight + 1).map((box) => box.textContent),
        )
      expect(overflowing).toEqual([])

      const legend = page.getByTestId('decision-map-legend')
      const swatchColour = async (id: string) =>
        legend
          .locator(`li[data-boundary="${id}"] span`)
          .evaluate((swatch) => getComputedStyle(swatch).backgroundColor)
      const colours = new Map<string, string>()
      for (const id of usedBoundaries) {
        expect(await legend.locator(`li[data-boundary="${id}"]`).textContent()).toBe(boundaries[id].name)
        colours.set(id, await swatchColour(id))
      }
      // One colour per boundary, and each outcome's border is the colour of its main boundary.
      expect(new Set(colours.values()).size).toBe(usedBoundaries.length)
      for (const outcome of outcomes) {
        const box = page.locator('.react-flow__node a', { hasText: outcome.title }).first()
        expect(await box.evaluate((link) => getComputedStyle(link).borderTopColor), outcome.title).toBe(
          colours.get(outcome.boundaries[0]!),
        )
      }
      await site.audit(page)
    },
  )

  for (const viewport of [desktop, phone])
    siteTest(
      `opens on the reader's step, clear of the zoom buttons, at ${viewport.width}px`,
      async ({ site }) => {
        const page = await site.open({ theme, viewport })
        const path = '/decide/app-router/another-system-calls-us/partners-or-the-public/'
        await site.visit(page, path)
        if (viewport === phone) await page.getByRole('button', { name: 'Show the map as a picture' }).click()
        await drawnMap(page)
        const frame = (await page.getByTestId('decision-map-canvas').boundingBox())!
        const controls = (await page.locator('.react-flow__controls').boundingBox())!
        const current = page.locator('.react-flow__node a[aria-current="step"]')
        expect(await current.textContent()).toBe('Use a Route Handler as a published API')
        const currentBox = (await current.boundingBox())!
        expect(inside(currentBox, frame)).toBe(true)
        expect(overlap(currentBox, controls)).toBe(false)
        // On a desktop the answer that leads there is in view too. The text is at least 14px on screen.
        if (viewport === desktop) {
          const chosen = page.getByTestId('decision-map-answer').filter({ hasText: 'Partners or the public' })
          expect(inside((await chosen.boundingBox())!, frame)).toBe(true)
        }
        const fontSize = await current.evaluate((link) => parseFloat(getComputedStyle(link).fontSize))
        expect(fontSize * (await flowZoom(page))).toBeGreaterThanOrEqual(14)
      },
    )

  siteTest('zooms with the wheel once pressed on, and lets the page scroll before that', async ({ site }) => {
    const page = await site.open({ theme })
    await site.visit(page, '/decision-map/')
    await drawnMap(page)
    const zoom = await flowZoom(page)
    // Over the middle of the map's left edge, which the controls' gutter keeps free of boxes (a press
    // on a box would follow its link), far enough from the top that the page scrolling keeps it there.
    const corner = async () => {
      const frame = (await page.getByTestId('decision-map-canvas').boundingBox())!
      await page.mouse.move(frame.x + 8, frame.y + frame.height / 2)
    }
    // Each turn is tried again until it lands: Chromium may still send a turn to the page it scrolled.
    const turn = (deltaY: number) => async () => {
      await page.mouse.wheel(0, deltaY)
      return flowZoom(page)
    }
    // With Ctrl (what a touchpad pinch sends), the wheel zooms.
    await corner()
    await page.keyboard.down('Control')
    await expect.poll(turn(-100)).toBeGreaterThan(zoom)
    await page.keyboard.up('Control')
    const zoomedIn = await flowZoom(page)
    // Alone, before any press on the map, it scrolls the page.
    const scrolled = await page.evaluate(() => window.scrollY)
    await page.mouse.wheel(0, 100)
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolled)
    expect(await flowZoom(page)).toBe(zoomedIn)
    // After a press on the map, alone, it zooms.
    await corner()
    const fewestAnswers = await watchFewestAnswers(page)
    await page.mouse.down()
    await page.mouse.up()
    expect(new URL(page.url()).pathname).toBe('/decision-map/')
    await expect.poll(turn(100)).toBeLessThan(zoomedIn)
    // The press re-renders the map (the wheel now zooms); its arrows stay drawn all the while.
    expect(await fewestAnswers()).toBe(answerLabels.length)
  })

  siteTest('lets Tab follow the tree, question by question', async ({ site }) => {
    const page = await site.open({ theme })
    await site.visit(page, '/decision-map/')
    await drawnMap(page)
    const expected: string[] = []
    const visit = (id: string) => {
      const node = decisionGraph.nodes[id]!
      expected.push(node.kind === 'question' ? node.prompt : node.title)
      if (node.kind === 'question') node.answers.forEach((answer) => visit(answer.next))
    }
    visit(decisionGraph.start)
    await page.locator('.react-flow__node a').first().focus()
    const order = [(await page.evaluate(() => document.activeElement?.textContent)) ?? '']
    for (let step = 1; step < expected.length; step++) {
      await page.keyboard.press('Tab')
      order.push((await page.evaluate(() => document.activeElement?.textContent)) ?? '')
    }
    expect(order).toEqual(expected)
  })

  siteTest('has a main landmark holding the page, and on a phone shows the list first', async ({ site }) => {
    const page = await site.open({ theme, viewport: phone })
    await site.visit(page, '/decision-map/')
    const main = page.getByRole('main')
    expect(await main.count()).toBe(1)
    expect(await main.getByRole('heading', { level: 1, name: 'Decision map' }).count()).toBe(1)
    const canvas = page.getByTestId('decision-map-canvas')
    const list = page.locator('details', { hasText: 'The same map as a list' })
    expect(await canvas.isVisible()).toBe(false)
    expect(await list.getByRole('link', { name: firstQuestionText }).isVisible()).toBe(true)
    const toggle = page.getByRole('button', { name: 'Show the map as a picture' })
    expect(await toggle.getAttribute('aria-expanded')).toBe('false')
    await toggle.click()
    await canvas.waitFor()
    expect(
      await page.getByRole('button', { name: 'Hide the picture of the map' }).getAttribute('aria-expanded'),
    ).toBe('true')
    await drawnMap(page)
    await site.audit(page)
  })
})
