import type { Page } from 'playwright-core'

/** Picks a theme the way a reader does: the theme button (the visible one), then an option. */
export async function chooseTheme(page: Page, theme: 'Light' | 'Dark' | 'System'): Promise<void> {
  await page.locator('button[title="Change theme"]:visible').click()
  await page.getByRole('option', { name: theme }).click()
}
