import { BaseSequencer, type TestSpecification } from 'vitest/node'

/**
 * Two workers share the browser suite. A fresh clone has no timing cache, so Vitest would order the
 * files by size and could start the longest one last, leaving one worker idle at the end. These run
 * first, longest first (seconds measured on the 2-core CI machine in brackets).
 */
const longestFiles = [
  'tests/sub-path.e2e.ts', // builds the prefixed export first, then tests it (220, while the other worker runs on)
  'tests/every-page.e2e.ts', // (116)
  'tests/example-app.e2e.ts', // (101)
  'tests/before-hydration.e2e.ts', // (49)
  'tests/patterns.e2e.ts', // (43)
  'tests/keyboard.e2e.ts', // (32)
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
