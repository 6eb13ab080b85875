/**
 * `npm test`: every package's tests in one vitest run (the root vitest.config.ts names them as
 * projects), then the type check and ESLint (each counted as one test), then one plain summary line (CI reads that line, not vitest's
 * own summary). Arguments go to vitest: `npm test -- --project cms`, `npm test -- e2e/tools`.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'

import { findRepoRoot } from '@familienrathaus/cms/lib/paths'
import { jsonReportFile } from '../../../vitest.shared.ts'
import { binEntry } from '@familienrathaus/server/processes'

type VitestReport = {
  numPassedTests: number
  numFailedTests: number
  numPendingTests: number
  numTodoTests: number
  testResults: { status: string; message?: string; assertionResults: { status: string }[] }[]
}

const repoRoot = findRepoRoot()
rmSync(path.dirname(jsonReportFile), { recursive: true, force: true })

const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' }
const vitest = binEntry({ fromDir: repoRoot, pkg: 'vitest', bin: 'vitest' })
const run = spawnSync(process.execPath, [vitest, 'run', ...process.argv.slice(2)], { cwd: repoRoot, stdio: 'inherit', env })
// After the tests: the site's content types exist only once a build has run (the browser tests build it).
const turbo = binEntry({ fromDir: repoRoot, pkg: 'turbo', bin: 'turbo' })
const runTask = (task: string) =>
  spawnSync(process.execPath, [turbo, 'run', task, '--concurrency=1', '--continue'], { cwd: repoRoot, stdio: 'inherit', env }).status === 0
const checks = [
  { name: 'The type check', ok: runTask('check-types') },
  { name: 'ESLint', ok: runTask('lint') },
]

let passed = 0
let failed = 0
let skipped = 0
if (existsSync(jsonReportFile)) {
  const report = JSON.parse(readFileSync(jsonReportFile, 'utf8')) as VitestReport
  passed += report.numPassedTests
  // A file that fails before its tests run (import error, failing hook) has no failed test of its own: count it.
  const brokenFiles = report.testResults.filter(
    (file) => file.status === 'failed' && !file.assertionResults.some((test) => test.status === 'failed'),
  ).length
  failed += report.numFailedTests + brokenFiles
  skipped += report.numPendingTests + report.numTodoTests
}
// A run that failed outside any test (a global setup, an unhandled error, a crashed worker, no report) is a failure too.
const reportedFailures = failed
if (run.status !== 0 && reportedFailures === 0) {
  console.log(`vitest ended with exit code ${run.status} without a failed test in its report (see above): counted as one failed test.`)
  failed += 1
}
for (const check of checks) {
  if (check.ok) {
    passed += 1
  } else {
    console.log(`${check.name} failed (see above): counted as one failed test.`)
    failed += 1
  }
}
console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`)
const ok = run.status === 0 && checks.every((check) => check.ok) && failed === 0 && passed > checks.length
process.exit(ok ? 0 : 1)
