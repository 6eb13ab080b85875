/**
 * `npm test`: every package's tests in one vitest run (the root vitest.config.ts names them as
 * projects), then the type check, then one plain summary line (CI reads that line, not vitest's
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
const typeCheck = spawnSync(process.execPath, [turbo, 'run', 'check-types', '--concurrency=1', '--continue'], {
  cwd: repoRoot,
  stdio: 'inherit',
  env,
})

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
if (typeCheck.status !== 0) {
  console.log('The type check failed (see above): counted as one failed test.')
  failed += 1
} else {
  passed += 1
}
console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`)
const ok = run.status === 0 && typeCheck.status === 0 && failed === 0 && passed > 1
process.exit(ok ? 0 : 1)
