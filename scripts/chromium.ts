import { chromium, type Browser } from 'playwright-core'

/** The system Chromium; we never download a browser build. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

// This machine has no network beyond localhost: background services would only log refused connections.
const quietFlags = [
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
]

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    chromiumSandbox: false,
    args: quietFlags,
  })
}
