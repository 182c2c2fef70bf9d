import { BaseSequencer, type TestSpecification } from 'vitest/node'

/**
 * Two workers share the browser suite. A fresh clone has no timing cache, so Vitest would order the
 * files by size and could start the longest one last, leaving one worker idle at the end. These run
 * first, longest first (seconds measured on the 2-core CI machine in brackets).
 */
const longestFiles = [
  'tests/sub-path.e2e.ts', // builds the prefixed export first (120), then tests it (40)
  'tests/every-page.e2e.ts', // (146)
  'tests/patterns.e2e.ts', // (110)
  'tests/example-app.e2e.ts', // (85)
  'tests/feature-tools.e2e.ts', // (70)
  'tests/wizard-not-found.e2e.ts', // (47)
]

const rank = (spec: TestSpecification) => {
  const index = longestFiles.findIndex((file) => spec.moduleId.endsWith(file))
  return index === -1 ? longestFiles.length : index
}

export class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files)
    return [...sorted].sort((a, b) => rank(a) - rank(b))
  }
}
