import { spawn } from 'node:child_process'

/**
 * npm test: every check, ordered to keep both cores busy. Type checks, lint, the format check, the
 * unit tests and the two production builds (the site and the example app) run at once, each
 * printing its output as one block when it ends; then the link check, which needs the exported
 * site, and the browser tests, which need both builds.
 */
type Step = { script: string; seconds?: number; output?: string; code?: number }

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', FORCE_COLOR: process.stdout.isTTY ? '1' : '0' }

function runScript(script: string, captureOutput: boolean): Promise<Step> {
  const started = performance.now()
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', script], {
      env,
      stdio: captureOutput ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    })
    let output = ''
    child.stdout?.on('data', (chunk) => (output += chunk))
    child.stderr?.on('data', (chunk) => (output += chunk))
    child.on('error', reject)
    child.on('exit', (code) =>
      resolve({ script, code: code ?? 1, output, seconds: (performance.now() - started) / 1000 }),
    )
  })
}

function report(step: Step) {
  const verdict = step.code === 0 ? 'passed' : `FAILED (exit ${step.code})`
  process.stdout.write(
    `\n── ${step.script}: ${verdict} in ${step.seconds!.toFixed(0)} s\n${step.output ?? ''}`,
  )
}

async function main() {
  const parallel = ['checks', 'test:unit', 'build', 'build:examples']
  const first = await Promise.all(
    parallel.map((script) =>
      runScript(script, true).then((step) => {
        report(step)
        return step
      }),
    ),
  )
  const failed = first.filter((step) => step.code !== 0).map((step) => step.script)
  if (failed.length > 0) {
    process.stdout.write(`\nnpm test: ${failed.join(', ')} failed; the browser tests did not run.\n`)
    process.exit(1)
  }
  for (const script of ['test:links', 'test:e2e']) {
    const step = await runScript(script, false)
    if (step.code !== 0) process.exit(step.code)
  }
}

await main()
