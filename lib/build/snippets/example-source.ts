import { existsSync, readFileSync } from 'node:fs'
import { join, normalize, sep } from 'node:path'

/**
 * Reading a file of the example app for display. Files mark named regions with
 * `// #region name` … `// #endregion name`; a snippet may show one region, and the markers never
 * show. Runs at build time only.
 */

export const examplesRoot = join(process.cwd(), 'content/examples')

const regionMarker = /^\s*(?:\/\/|\{\/\*)\s*#(end)?region\b\s*([\w-]*).*$/

export class SnippetError extends Error {}

/** The path checked to stay inside content/examples, or an error naming it. */
export function examplePath(file: string): string {
  const normalized = normalize(file)
  if (normalized.startsWith('..') || normalized.startsWith(sep) || normalized.includes(`${sep}..${sep}`)) {
    throw new SnippetError(`Snippet file "${file}" is outside content/examples.`)
  }
  const path = join(examplesRoot, normalized)
  if (!existsSync(path)) throw new SnippetError(`Snippet file "${file}" does not exist in content/examples.`)
  return path
}

/** The source of one region (or the whole file), without region markers, trailing blank lines trimmed. */
export function selectRegion(source: string, file: string, region?: string): string {
  const lines = source.replace(/\r\n/g, '\n').split('\n')
  let inside = region === undefined
  let found = region === undefined
  const kept: string[] = []
  for (const line of lines) {
    const marker = regionMarker.exec(line)
    if (marker) {
      if (marker[2] === region) {
        inside = marker[1] === undefined
        found = true
      }
      continue
    }
    if (inside) kept.push(line)
  }
  if (!found) throw new SnippetError(`Snippet region "${region}" is not marked in ${file}.`)
  while (kept.length > 0 && kept[kept.length - 1]!.trim() === '') kept.pop()
  return kept.join('\n')
}

/** A file of the example app as the reader sees it: one region or all of it, markers removed. */
export function readExample(file: string, region?: string): string {
  return selectRegion(readFileSync(examplePath(file), 'utf8'), file, region)
}

/** "3-5,8" → {3,4,5,8}; line numbers count from 1 within what is shown. */
export function parseLineRanges(spec: string | undefined, lineCount: number, file: string): Set<number> {
  const lines = new Set<number>()
  if (!spec) return lines
  for (const part of spec.split(',')) {
    const match = /^\s*(\d+)(?:-(\d+))?\s*$/.exec(part)
    const from = Number(match?.[1])
    const to = Number(match?.[2] ?? match?.[1])
    if (!match || from < 1 || to < from || to > lineCount) {
      throw new SnippetError(
        `Snippet lines "${spec}" of ${file}: "${part}" is not a range within 1-${lineCount}.`,
      )
    }
    for (let line = from; line <= to; line += 1) lines.add(line)
  }
  return lines
}
