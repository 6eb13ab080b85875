/**
 * `npm test`: every workspace's tests through turbo, then one plain summary line summed over all
 * vitest reports (CI reads that line, not vitest's own summary).
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'

import { findRepoRoot } from '../../cms/src/lib/paths.ts'
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
const run = spawnSync(process.execPath, [turbo, 'run', 'test', '--concurrency=1', '--continue', ...process.argv.slice(2)], {
  cwd: repoRoot,
  stdio: 'inherit',
  env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' },
})

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
console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`)
const ok = run.status === 0 && failed === 0 && passed > 0
process.exit(ok ? 0 : 1)
