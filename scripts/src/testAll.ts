/**
 * `npm test`: every workspace's tests through turbo, then one plain summary line summed over all
 * vitest reports (CI reads that line, not vitest's own summary).
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'

import { findRepoRoot } from '@familienrathaus/cms/lib/paths'
import { binEntry } from './lib/processes.ts'

type VitestReport = {
  numPassedTests: number
  numFailedTests: number
  numPendingTests: number
  numTodoTests: number
  testResults: { status: string; message?: string; assertionResults: { status: string }[] }[]
}

const repoRoot = findRepoRoot()
const resultsDir = path.join(repoRoot, '.test-results')
rmSync(resultsDir, { recursive: true, force: true })

const turbo = binEntry({ fromDir: repoRoot, pkg: 'turbo', bin: 'turbo' })
const runTurbo = (task: string) =>
  spawnSync(process.execPath, [turbo, 'run', task, '--concurrency=1', '--continue', ...process.argv.slice(2)], {
    cwd: repoRoot,
    stdio: 'inherit',
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' },
  })
const run = runTurbo('test')
// After the tests: the site's content types exist only once a build has run (the browser tests build it).
const typeCheck = runTurbo('check-types')

let passed = 0
let failed = 0
let skipped = 0
const reports = existsSync(resultsDir) ? readdirSync(resultsDir).filter((name) => name.endsWith('.json')) : []
for (const name of reports) {
  const report = JSON.parse(readFileSync(path.join(resultsDir, name), 'utf8')) as VitestReport
  passed += report.numPassedTests
  // A file that fails before its tests run (import error, failing hook) has no failed test of its own: count it.
  const brokenFiles = report.testResults.filter(
    (file) => file.status === 'failed' && !file.assertionResults.some((test) => test.status === 'failed'),
  ).length
  failed += report.numFailedTests + brokenFiles
  skipped += report.numPendingTests + report.numTodoTests
}
if (typeCheck.status !== 0) {
  console.log('The type check failed (see above): counted as one failed test.')
  failed += 1
} else {
  passed += 1
}
console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`)
const ok = run.status === 0 && typeCheck.status === 0 && failed === 0 && passed > 1
process.exit(ok ? 0 : 1)
