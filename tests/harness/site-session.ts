import type { Browser, BrowserContext, Page } from 'playwright-core'
import { waitForHydration } from '../../scripts/test/hydration'
import { axeSource, findAccessibilityViolations, findLinksThatLookLikeText } from './accessibility'
import { PageProblems } from './page-problems'

const noTransitions = '*, *::before, *::after { transition: none !important; }'

export const themes = ['light', 'dark'] as const
export type Theme = (typeof themes)[number]

export const desktop = { width: 1280, height: 800 }
export const phone = { width: 390, height: 844 }

export type OpenOptions = {
  theme?: Theme
  viewport?: { width: number; height: number }
  javaScriptEnabled?: boolean
  /** Store the theme choice the way the theme toggle does; off to test the toggle itself. */
  storeTheme?: boolean
  /** Install axe-core in every page as it loads: for crawls that audit each page they visit. */
  preloadAxe?: boolean
}

type OpenedPage = { page: Page; context: BrowserContext; problems: PageProblems }

/**
 * One test's view of a served site. Every page it opens is watched for console errors, page errors
 * and failed requests, and every document it visits is checked with axe-core; assertClean() fails
 * the test with all of them.
 */
export class SiteSession {
  private readonly opened: OpenedPage[] = []
  private readonly violations: string[] = []

  constructor(
    private readonly browser: Browser,
    readonly baseUrl: string,
  ) {}

  async open(options: OpenOptions = {}): Promise<Page> {
    const {
      theme = 'light',
      viewport = desktop,
      javaScriptEnabled = true,
      storeTheme = true,
      preloadAxe = false,
    } = options
    const context = await this.browser.newContext({ viewport, colorScheme: theme, javaScriptEnabled })
    // Stored before the page's own scripts run, unless the page has stored a choice since. (Playwright's
    // storageState does the same by loading the origin once per context, which takes most of a second.)
    if (storeTheme) {
      await context.addInitScript(
        ({ key, value }) => {
          try {
            if (localStorage.getItem(key) === null) localStorage.setItem(key, value)
          } catch {
            // about:blank has no storage.
          }
        },
        { key: 'theme', value: theme },
      )
    }
    if (preloadAxe) await context.addInitScript({ content: axeSource })
    const page = await context.newPage()
    this.opened.push({ page, context, problems: new PageProblems(page) })
    return page
  }

  /**
   * Navigates and audits the page once it has settled; returns the document's HTTP status.
   * `audit: false` skips axe-core for repeat visits of the same template (console and requests are still watched).
   */
  async visit(page: Page, path: string, { expectStatus = 200, audit = true } = {}): Promise<number> {
    const url = new URL(path, this.baseUrl).href
    this.problemsOf(page).expectDocumentStatus(url, expectStatus)
    const response = await page.goto(url, { waitUntil: 'load' })
    await waitForHydration(page)
    const status = response?.status() ?? 0
    if (status !== expectStatus) throw new Error(`${path} answered ${status}, expected ${expectStatus}`)
    if (audit) await this.audit(page)
    return status
  }

  /** The test expects the document at this path to answer with this status (the 404 page). */
  expectStatus(page: Page, path: string, status: number) {
    this.problemsOf(page).expectDocumentStatus(new URL(path, this.baseUrl).href, status)
  }

  /** Runs axe-core on the page as it is now (after an interaction, for example). */
  async audit(page: Page, exclude: string[] = []) {
    // Colours still transitioning after a navigation or a hover would be measured half-way.
    await page.addStyleTag({ content: noTransitions })
    this.violations.push(...(await findAccessibilityViolations(page, undefined, exclude)))
    this.violations.push(...(await findLinksThatLookLikeText(page, exclude)))
  }

  /**
   * Audits a light page fully, then switches it to the dark theme the way the theme toggle does
   * (the class and color-scheme on <html>) and checks what a theme can change again (colour contrast,
   * links told apart from their text): both themes, one load.
   */
  async auditBothThemes(page: Page, exclude: string[] = []) {
    await this.audit(page, exclude)
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.evaluate(() => {
      document.documentElement.classList.remove('light')
      document.documentElement.classList.add('dark')
      document.documentElement.style.colorScheme = 'dark'
    })
    const darkViolations = [
      ...(await findAccessibilityViolations(page, ['color-contrast', 'link-in-text-block'], exclude)),
      ...(await findLinksThatLookLikeText(page, exclude)),
    ]
    this.violations.push(...darkViolations.map((violation) => `${violation} (dark theme)`))
  }

  problems(): string[] {
    return [...this.opened.flatMap(({ problems }) => problems.found), ...this.violations]
  }

  async assertClean() {
    const problems = this.problems()
    if (problems.length > 0) {
      throw new Error(`The page had ${problems.length} problem(s):\n- ${problems.join('\n- ')}`)
    }
  }

  async close() {
    await Promise.all(this.opened.map(({ context }) => context.close()))
  }

  private problemsOf(page: Page): PageProblems {
    const entry = this.opened.find((opened) => opened.page === page)
    if (!entry) throw new Error('This page was not opened through the session')
    return entry.problems
  }
}
