import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

/** Writes a small exported site into a fresh temporary folder and returns its path. */
export function writeSite(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'site-'))
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), content)
  }
  return root
}
