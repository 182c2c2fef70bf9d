import type { Page } from 'playwright-core'

/**
 * Records what must never happen on a page: console errors or warnings, uncaught exceptions,
 * failed requests and error responses (other than the one the test expects for the document).
 */
export class PageProblems {
  readonly found: string[] = []
  private allowedDocumentStatus = new Map<string, number>()

  constructor(page: Page) {
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') {
        // Chromium logs an expected error status of the document itself (the 404 page) as a console error.
        const { url } = message.location()
        if (message.text().startsWith('Failed to load resource') && this.allowedDocumentStatus.has(url))
          return
        this.found.push(`console ${message.type()}: ${message.text()} (${url})`)
      }
    })
    page.on('pageerror', (error) => this.found.push(`page error: ${error.message}`))
    page.on('requestfailed', (request) => {
      const reason = request.failure()?.errorText ?? 'unknown'
      // A navigation cancels requests still in flight; that is not a broken resource.
      if (reason === 'net::ERR_ABORTED') return
      this.found.push(`request failed: ${request.method()} ${request.url()} (${reason})`)
    })
    page.on('response', (response) => {
      const status = response.status()
      if (status < 400) return
      if (this.allowedDocumentStatus.get(response.url()) === status) return
      this.found.push(`HTTP ${status}: ${response.request().method()} ${response.url()}`)
    })
  }

  /** The test expects this URL to answer with this status (for example the 404 page). */
  expectDocumentStatus(url: string, status: number) {
    this.allowedDocumentStatus.set(url, status)
  }
}
