import { readFileSync } from 'node:fs'
import { unzipSync, strFromU8 } from 'fflate'
import type { Page } from 'playwright-core'
import { describe, expect } from 'vitest'
import { decisionGraph } from '../lib/graph/decision-graph'
import { findRecipe, recipeLibrary } from '../lib/recipes/recipe-library'
import { recipeScaffoldRequest } from '../lib/recipes/recipe-scaffold'
import { recipeView } from '../lib/recipes/recipe-view'
import { featureName } from '../lib/result-tools/feature-name.test-helper'
import { buildScaffold, scaffoldRenames } from '../lib/scaffold/build-scaffold'
import { renameSummary } from '../lib/scaffold/rename-summary'
import { allScaffoldTemplates } from '../scripts/build/scaffold-templates'
import { allOutcomeLinks } from '../lib/wizard/wizard-view'
import { typecheckFiles } from '../scripts/test/typecheck-files'
import { siteTest } from './harness/site-test'

const sharedRule = '/decide/app-router/our-interface-changes-data/other-callers-too/'

/** The page's address without the origin: what a reader shares and opens again. */
function addressOf(page: Page): string {
  const url = new URL(page.url())
  return url.pathname + url.search
}

/** The text of every script the page has run so far (not the chunks Next.js prefetches for links). */
async function runScripts(page: Page): Promise<string> {
  const urls = await page.evaluate(() =>
    (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((entry) => entry.initiatorType === 'script' && entry.name.endsWith('.js'))
      .map((entry) => entry.name),
  )
  const texts = await Promise.all(
    urls.map((url) => page.evaluate(async (src) => (await fetch(src)).text(), url)),
  )
  return texts.join('\n')
}

describe('after the answer: name, scaffold, record, deployment', () => {
  siteTest(
    'name a feature (the tools load only then), download its scaffold as a zip that type-checks, copy the decision record',
    async ({ site }) => {
      const page = await site.open()
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.baseUrl })
      await site.visit(page, sharedRule, { audit: false })
      // The tools are not part of the page until a feature is named.
      expect((await runScripts(page)).includes('More than one operation?')).toBe(false)
      const templatesLoaded = () =>
        page.evaluate(
          () =>
            performance.getEntriesByName(`${location.origin}/generated/scaffold-templates/project.json`)
              .length,
        )
      expect(await templatesLoaded()).toBe(0)
      await page.getByLabel('Feature name').fill('project invites')
      await page.getByRole('button', { name: 'Show my files' }).click()
      await page.getByRole('heading', { name: 'Starting files for project invites' }).waitFor()
      expect(new URL(page.url()).search).toBe('?feature=project+invites')
      expect((await runScripts(page)).includes('More than one operation?')).toBe(true)
      expect(await templatesLoaded()).toBe(1)

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download all as project-invites-scaffold.zip' }).click(),
      ])
      expect(download.suggestedFilename()).toBe('project-invites-scaffold.zip')
      const files = Object.fromEntries(
        Object.entries(unzipSync(readFileSync(await download.path()))).map(([path, bytes]) => [
          path,
          strFromU8(bytes),
        ]),
      )
      expect(Object.keys(files).sort()).toEqual([
        'app/api/project-invites/[id]/archive/route.ts',
        'app/dashboard/project-invites/actions.ts',
        'features/project-invites/service.ts',
        'features/project-invites/validation.ts',
        'lib/action-result.ts',
        'lib/auth.ts',
        'lib/db.ts',
        'lib/http.ts',
        'lib/session.ts',
      ])
      expect(files['features/project-invites/service.ts']).toMatch(/^\/\/ Checklist from Next Boundaries/)
      expect(typecheckFiles('downloaded-scaffold', files)).toEqual([])

      await page.getByRole('button', { name: 'Copy as Markdown' }).click()
      await page.getByText('Decision record copied.').waitFor()
      const record = await page.evaluate(() => navigator.clipboard.readText())
      expect(record.split('\n')[0]).toBe(
        '# Decision: project invites: Put the rule in a service, called by a Server Action and a Route Handler',
      )
      expect(record).toContain(`- Date: ${new Date().toLocaleDateString('en-CA')}`)
      expect(record).toContain(`<${site.baseUrl.replace(/\/$/, '')}${sharedRule}?feature=project+invites>`)
      expect(record).toContain('## Alternatives considered')
      await site.audit(page)
    },
  )

  siteTest(
    'a static export says which boundaries it keeps, in part or not at all, and what to do, citing the docs',
    async ({ site }) => {
      const page = await site.open({ theme: 'dark' })
      await site.visit(page, `${sharedRule}?feature=referrals`, { audit: false })
      await page.getByRole('heading', { name: 'Starting files for referrals' }).waitFor()
      await page.getByLabel("A static export (output: 'export')").check()
      await page.getByRole('button', { name: 'Show my files' }).click()
      const notes = page.getByTestId('deployment-notes')
      await expect.poll(() => notes.getAttribute('data-deployment')).toBe('static-export')
      expect(new URL(page.url()).searchParams.get('deploy')).toBe('static-export')
      expect(await notes.locator('li[data-availability="no"]').allTextContents()).toEqual([
        expect.stringMatching(/^Server Action: not available\..*not supported in a static export/),
      ])
      expect(await notes.locator('li[data-availability="partly"]').allTextContents()).toEqual([
        expect.stringMatching(/^Route Handler: only a GET handler that opts in\..*force-static/),
      ])
      expect(await notes.locator('a').first().getAttribute('href')).toBe(
        'https://nextjs.org/docs/app/guides/static-exports',
      )
      await site.audit(page)
    },
  )

  siteTest('a feature name from the link is shown as text and never runs', async ({ site }) => {
    const page = await site.open()
    const payload = '<img src=x onerror="window.__injected=1"> referrals'
    await site.visit(page, `${sharedRule}?feature=${encodeURIComponent(payload)}`, { audit: false })
    await page.getByRole('heading', { name: `Starting files for ${payload}` }).waitFor()
    expect(await page.locator('main img[src="x"], article img[src="x"]').count()).toBe(0)
    expect(await page.evaluate(() => (window as { __injected?: number }).__injected)).toBeUndefined()
    expect(await page.locator('[data-scaffold-file]').first().getAttribute('data-scaffold-file')).toMatch(
      /^features\/referrals\//,
    )
  })

  siteTest('a name that the files cannot take gets a message, not broken code', async ({ site }) => {
    const page = await site.open()
    await site.visit(page, `${sharedRule}?feature=users`, { audit: false })
    await page.getByRole('alert').filter({ hasText: 'which the files already use' }).waitFor()
    expect(await page.locator('[data-scaffold-file]').count()).toBe(0)
  })
})

/** Each file of the page's file trees that are not inside another, with the role the tree gives it. */
async function treeFiles(page: Page): Promise<Array<{ files: Array<{ path: string; role: string }> }>> {
  return page.evaluate(() => {
    const roots = [...document.querySelectorAll('[data-file-tree]')].filter(
      (tree) => !tree.parentElement?.closest('[data-file-tree]'),
    )
    const walk = (tree: Element, prefix: string): Array<{ path: string; role: string }> =>
      [...tree.children].flatMap((item) => {
        const name = item.querySelector(':scope > code')?.textContent ?? ''
        const nested = item.querySelector(':scope > [data-file-tree]')
        if (nested) return walk(nested, prefix + name)
        const role = item.querySelector(':scope > span')?.textContent?.trim() ?? ''
        return [{ path: prefix + name, role }]
      })
    return roots.map((tree) => ({ files: walk(tree, '') }))
  })
}

describe('Make it yours on a recipe page', () => {
  const templates = allScaffoldTemplates()
  const invites = featureName('team invites')
  // The request as the page makes it, from the recipe's view.
  const scaffoldOf = (slug: string) => {
    const request = recipeScaffoldRequest(recipeView(decisionGraph, findRecipe(slug)!, recipeLibrary))
    return { files: buildScaffold(request, templates, invites), renames: scaffoldRenames(request, templates) }
  }

  siteTest(
    'names a feature: the one file tree becomes the recipe’s files renamed, the lead counts what changed, and copy works',
    async ({ site }) => {
      const { files, renames } = scaffoldOf('large-file-upload')
      const page = await site.open()
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.baseUrl })
      await site.visit(page, '/recipes/large-file-upload/', { audit: false })
      const listed = await treeFiles(page)
      expect(listed).toHaveLength(1)
      expect(listed[0]!.files.map((file) => file.path)).toEqual(
        [...findRecipe('large-file-upload')!.files.map((file) => file.path)].sort(),
      )

      await page.getByLabel('Feature name').fill('team invites')
      await page.getByRole('button', { name: 'Show my files' }).click()
      await page.getByRole('heading', { name: 'Starting files for team invites' }).waitFor()
      expect(new URL(page.url()).search).toBe('?feature=team+invites')
      // Only the recipe's word's templates are fetched.
      const fetched = await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((entry) => new URL(entry.name).pathname)
          .filter((path) => path.startsWith('/generated/scaffold-templates/')),
      )
      expect(fetched).toEqual(['/generated/scaffold-templates/video.json'])

      // One tree on the page, whose start files are exactly "Files to create", renamed.
      const trees = await treeFiles(page)
      expect(trees).toHaveLength(1)
      const start = trees[0]!.files.filter((file) => file.role.startsWith('start here'))
      expect(start.map((file) => file.path).sort()).toEqual(
        files
          .filter((file) => file.kind === 'start')
          .map((file) => file.path)
          .sort(),
      )
      // Each keeps what "Files to create" said it is for.
      const listedRole = findRecipe('large-file-upload')!.files.find(
        (file) => file.path === 'app/videos/actions.ts',
      )!.role
      expect(start.find((file) => file.path === 'app/team-invites/actions.ts')?.role).toBe(
        `start here: ${listedRole}; its checklist is at the top`,
      )
      expect(
        await page
          .locator('[data-scaffold-file]')
          .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-scaffold-file'))),
      ).toEqual(files.map((file) => file.path))
      expect(await page.getByTestId('scaffold-renames').textContent()).toContain(renameSummary(renames))

      const first = page.locator('[data-scaffold-file]').first()
      await first.locator('summary').click()
      await first.getByRole('button', { name: 'Copy actions.ts' }).click()
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(files[0]!.contents)
      expect(files[0]!.contents).toContain('// Checklist from Next Boundaries')
      await site.audit(page)
    },
  )

  siteTest('a webhook’s files keep the provider’s names, and the page says so', async ({ site }) => {
    const { files } = scaffoldOf('signed-webhook')
    const page = await site.open()
    await site.visit(page, '/recipes/signed-webhook/?feature=team%20invites', { audit: false })
    await page.getByRole('heading', { name: 'Starting files for team invites' }).waitFor()
    expect(await page.getByTestId('scaffold-renames').textContent()).toMatch(
      /^These files keep the example app’s names/,
    )
    expect(await page.locator('[data-scaffold-file]').first().getAttribute('data-scaffold-file')).toBe(
      files[0]!.path,
    )
  })
})

describe('the migration planner', () => {
  siteTest(
    'plans a 20-line route list, flags the malformed lines and keeps the list in the link',
    async ({ site }) => {
      const page = await site.open()
      await site.visit(page, '/migrate/', { audit: false })
      const list = readFileSync(new URL('./fixtures/pages-api-routes.txt', import.meta.url), 'utf8')
      expect(
        list
          .trim()
          .split('\n')
          .filter((line) => !line.startsWith('#')),
      ).toHaveLength(20)
      await page.getByLabel('Your pages/api routes, one per line').fill(list)
      await page.getByRole('button', { name: 'Plan the migration' }).click()
      const plan = page.getByTestId('migration-plan')
      await plan.waitFor()
      const targetOf = (line: number) =>
        plan.locator(`tr[data-route-line="${line}"]`).getAttribute('data-target')
      expect(await targetOf(2)).toBe('query-function')
      expect(await targetOf(3)).toBe('route-handler')
      expect(await targetOf(4)).toBe('route-handler')
      expect(await targetOf(6)).toBe('server-action')
      expect(await targetOf(13)).toBe('keep')
      expect(await plan.locator('tr[data-route-line="3"]').textContent()).toContain(
        'after extracting a service',
      )
      expect(await plan.locator('tbody tr').first().locator('td').first().textContent()).toBe('1')
      // The lines that need a fix are listed in the error summary above the form.
      const summary = page.getByTestId('error-summary')
      const malformed = summary.locator('li[data-error-line="20"]')
      expect(await malformed.textContent()).toContain('Unknown caller “carrier pigeon”')
      expect(await summary.locator('[data-error-line]').count()).toBe(3)
      await site.audit(page)

      // The link restores the same plan.
      await site.visit(page, addressOf(page), { audit: false })
      await page.getByTestId('migration-plan').waitFor()
      expect(await page.locator('tr[data-route-line]').count()).toBe(17)
    },
  )
})

describe('planning a whole feature', () => {
  siteTest(
    'adds operations through the same questions and restores the plan from one link',
    async ({ site }) => {
      const page = await site.open()
      await site.visit(page, `${sharedRule}?feature=project+invites`, { audit: false })
      await page.getByRole('link', { name: 'Start a plan for the whole feature with this operation' }).click()
      await page.getByTestId('plan-operations').waitFor()
      expect(await page.getByLabel('Feature name').inputValue()).toBe('project invites')

      await page.getByLabel('What does it do?').fill('The page that lists invites')
      // Where the routes live is the plan's answer, taken from its first operation.
      expect(await page.getByText('Where do this project’s routes live?').count()).toBe(0)
      await page.getByRole('button', { name: /^A page needs data/ }).click()
      await page.getByRole('button', { name: 'Add to the plan' }).click()
      await expect.poll(() => page.getByTestId('plan-operations').locator('li').count()).toBe(2)
      const combined = page.getByTestId('combined-plan')
      expect(await combined.textContent()).toContain('The page that lists invites: Server Component')
      expect(await combined.textContent()).toContain('features/project-invites/service.ts')
      await combined.locator('[data-scaffold-file]').first().waitFor()
      await site.audit(page)

      await site.visit(page, addressOf(page), { audit: false })
      await expect.poll(() => page.getByTestId('plan-operations').locator('li').count()).toBe(2)
      expect(await page.getByTestId('plan-operations').textContent()).toContain('The page that lists invites')
    },
  )
})

describe('printing a result', () => {
  // Print styles apply to the prerendered HTML, so the pages are printed without JavaScript.
  siteTest(
    'every result and scenario prints on one A4 page, without navigation, map or code',
    async ({ site }) => {
      const page = await site.open({ javaScriptEnabled: false })
      await page.emulateMedia({ media: 'print' })
      const results = allOutcomeLinks(decisionGraph).map((outcome) => outcome.href)
      // Scenario pages add a title and a sentence to a result: these two had the most to fit.
      const longestScenarios = [
        '/scenarios/shared-business-logic/',
        '/scenarios/archive-project-with-mobile-app/',
      ]
      for (const path of [...results, ...longestScenarios]) {
        expect((await page.goto(new URL(path, site.baseUrl).href))?.status(), path).toBe(200)
        expect(await page.getByTestId('decision-result').isVisible()).toBe(true)
        expect(await page.locator('.nextra-sidebar-container').isVisible()).toBe(false)
        expect(await page.getByRole('heading', { name: 'Example code to copy' }).isVisible()).toBe(false)
        const pdf = (await page.pdf({ format: 'A4', printBackground: true })).toString('latin1')
        const pages = pdf.match(/\/Type\s*\/Page(?!s)/g)?.length
        expect(pages, `${path} printed on ${pages} pages`).toBe(1)
      }
    },
  )
})
