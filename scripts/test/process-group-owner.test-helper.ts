import { spawnProcessGroup } from './process-group'
import { fixtureLine, fixtureServer } from './process-group.test-helper'

// Stands in for a test process (process-group.test.ts runs it): starts the fixture server through the
// helper, prints its line, then exits when told to or waits to be interrupted.
const server = await spawnProcessGroup(process.execPath, ['-e', fixtureServer, 'hang'])
const [line] = await server.waitForOutput(fixtureLine, { timeoutMs: 60_000 })
console.log(line)
if (process.argv[2] === 'exit') process.exit(3)
