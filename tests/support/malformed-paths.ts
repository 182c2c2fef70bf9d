/**
 * Malformed wizard paths for fuzzing, from a fixed seed so every run throws the same ones:
 * unknown slugs, repeated and extra segments, encoded slashes, "..", unicode, very long paths and
 * script-like text, mixed into valid prefixes.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    // mulberry32: small, fast and good enough to pick test inputs.
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const hostileSegments = [
  'nonsense',
  'app-router',
  'pages-router',
  '..',
  '%2e%2e',
  '..%2F..%2Fetc%2Fpasswd',
  '%2F',
  'a%2Fb',
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
  '%22%3E%3Csvg%20onload%3Dalert(1)%3E',
  'javascript:alert(1)',
  '%E2%9C%93',
  '%F0%9F%92%A5',
  'caf%C3%A9',
  '%E0%A4%A',
  '__proto__',
  'constructor',
  'App-Router',
  'page-needs-data',
  'our-interface-changes-data',
  'another-system-calls-us',
  'x'.repeat(300),
  '-',
  '%20',
]

/** `count` wizard paths, each one invalid somewhere (a valid path is never produced). */
export function malformedWizardPaths(
  count: number,
  seed: number,
  isValid: (path: string) => boolean,
): string[] {
  const random = seededRandom(seed)
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!
  const paths: string[] = []
  while (paths.length < count) {
    const length = 1 + Math.floor(random() * (random() < 0.1 ? 40 : 6))
    const segments = Array.from({ length }, () => pick(hostileSegments))
    const path = `/decide/${segments.join('/')}/`
    if (!isValid(path)) paths.push(path)
  }
  return paths
}
