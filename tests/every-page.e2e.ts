import { describe, expect } from 'vitest'
import { snippetCode } from './harness/accessibility'
import { siteTest } from './harness/site-test'
import { expectedStatus, exportedPages } from './support/exported-pages'

describe('every exported page', () => {
  siteTest(
    'loads without console errors or failed requests and passes axe-core in light and dark',
    async ({ site }) => {
      expect(exportedPages.length).toBeGreaterThan(40)
      const page = await site.open({ theme: 'light' })
      for (const path of exportedPages) {
        await page.emulateMedia({ colorScheme: 'light' })
        await site.visit(page, path, { expectStatus: expectedStatus(path), audit: false })
        // Example code is audited on the pattern pages and the guide (tests/patterns.e2e.ts): its token
        // colours are one theme everywhere, and thousands of spans on every page would take minutes.
        await site.auditBothThemes(page, [snippetCode])
      }
    },
    600_000,
  )
})
