import { pathToFileURL } from 'node:url'
import { removeExpiredShareLinks } from '@/features/projects/service'

/**
 * The nightly clean-up, started by a crontab line on a server we run, from the app's folder:
 *
 *   0 3 * * *  npx tsx --conditions=react-server scripts/nightly-cleanup.ts
 *
 * It imports the rule directly: no HTTP request, so no endpoint and no secret to check. The service
 * imports 'server-only', whose default entry throws outside a React server bundle; the react-server
 * condition makes Node load its empty entry instead. (This example app keeps its store in memory, so
 * a script cleans its own copy; with a database it cleans the one the app reads.)
 */
export function runNightlyCleanup(now = new Date(), log: (line: string) => void = console.log): string[] {
  const { removed } = removeExpiredShareLinks(now)
  // One line per run, naming what changed, so a run can be audited later.
  log(`nightly-cleanup ${now.toISOString()}: removed ${removed.length} expired share link(s)`)
  for (const id of removed) log(`  removed ${id}`)
  return removed
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) runNightlyCleanup()
