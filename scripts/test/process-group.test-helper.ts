/**
 * A tiny server for the process-group tests, run by `node -e fixtureServer <mode>`. Like `next
 * build` with its workers, it spawns a helper process of its own, then prints both pids and its port.
 * Modes: "answer" answers every request, "hang" accepts connections and never answers, "fail"
 * exits with 1 once it has printed.
 */
export const fixtureServer = `
const { spawn } = require('node:child_process')
const { createServer } = require('node:http')
const mode = process.argv[1]
const helper = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1 << 30)'], { stdio: 'ignore' })
const server = createServer((request, response) => mode === 'answer' && response.end('ok'))
server.listen(0, '127.0.0.1', () => {
  console.log('fixture pid=' + process.pid + ' helper=' + helper.pid + ' port=' + server.address().port)
  if (mode === 'fail') process.exit(1)
})
`

export const fixtureLine = /fixture pid=(\d+) helper=(\d+) port=(\d+)/
